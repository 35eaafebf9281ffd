import {DataError} from '../data/validate.js'
import {ActiveRule} from '../rules/context.js'
import {CODE_RULES} from '../rules/index.js'
import {loadRuleSpecs} from '../rules/spec.js'
import {applyGenre} from './genres.js'
import type {ResolvedConfig} from './settings.js'
import {HOUSE_RULE} from './vocabulary.js'

/** The rules that are on in a configuration, for one genre of draft. */
export function activeRules(config: ResolvedConfig, genre = config.genre): Map<string, ActiveRule> {
  const specs = loadRuleSpecs()
  const active = new Map<string, ActiveRule>()
  for (const [id, setting] of applyGenre(config.rules, genre)) {
    if (setting.severity === 'off') continue
    const spec = id === HOUSE_RULE && config.house ? config.house : specs.get(id)!
    if (spec.kind === 'code' && !CODE_RULES[id]) throw new DataError(spec.file, `no implementation for code rule \`${id}\``)
    active.set(id, new ActiveRule(spec, setting))
  }
  return active
}
