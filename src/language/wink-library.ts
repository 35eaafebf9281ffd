import {createRequire} from 'node:module'

/** wink-nlp's factory and its English model, as the tagger uses them. */
export interface WinkLibrary {
  winkNlp: (model: unknown, pipe: string[]) => unknown
  model: unknown
}

/**
 * wink-nlp and wink-eng-lite-web-model, required on first use: both are CommonJS, and a
 * synchronous load keeps the lint pipeline synchronous. A bundle that cannot resolve packages at
 * run time (the editor extension's server) swaps this module for static imports.
 */
const require = createRequire(import.meta.url)
export function winkLibrary(): WinkLibrary {
  return {winkNlp: require('wink-nlp') as WinkLibrary['winkNlp'], model: require('wink-eng-lite-web-model') as unknown}
}
