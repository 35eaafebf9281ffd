import {createRequire} from 'node:module'

/**
 * The yaml library, loaded only when a file misses the YAML cache: importing it costs ~70 ms of
 * a cold start. A bundle that cannot resolve packages at run time (the editor extension's
 * server) swaps this module for a static import.
 */
const require = createRequire(import.meta.url)
export function yamlLibrary(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml')
}
