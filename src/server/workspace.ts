import {VFile} from 'vfile'
import {Engine} from '../engine/engine.js'
import type {Format} from '../engine/format.js'
import type {Settings} from './settings.js'

/**
 * The engine for an editor session, per `slant.preset` setting: the nearest `.slantrc*` or
 * `package.json#slant` per draft, the nearest `.slantignore`, and one processor per
 * configuration and format, as in the CLI. `reset()` forgets everything (a watched file changed).
 */
export class Workspace {
  private readonly engines = new Map<string, Engine>()

  reset(): void {
    this.engines.clear()
  }

  /** Whether the nearest `.slantignore` above the draft lists it (an unreadable one lists nothing). */
  ignored(filePath: string): boolean {
    try {
      return this.engine(undefined).ignored(filePath)
    } catch {
      return false
    }
  }

  /**
   * Whether a slant configuration applies to the draft (`slant.requireConfig`). A broken one
   * counts: linting then shows what is wrong with it.
   */
  configured(filePath: string | undefined): boolean {
    if (filePath === undefined) return false
    try {
      return this.engine(undefined).configFor(filePath) !== undefined
    } catch {
      return true
    }
  }

  /** Lints `value` as the draft at `filePath` (or an unsaved one), with `settings`. */
  lint(value: string, filePath: string | undefined, format: Format, settings: Settings): VFile {
    const file = new VFile(filePath === undefined ? {value} : {value, path: filePath})
    return this.engine(settings.preset).run(file, filePath, format)
  }

  private engine(preset: string | undefined): Engine {
    const key = preset ?? ''
    let engine = this.engines.get(key)
    if (!engine) {
      engine = new Engine(
        preset === undefined ? {settingsName: 'the slant.preset setting'} : {fallbackPreset: preset, settingsName: 'the slant.preset setting'}
      )
      this.engines.set(key, engine)
    }
    return engine
  }
}
