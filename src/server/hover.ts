import {NAME} from '../constants.js'
import type {SlantMessage} from '../message.js'
import {describeVoice, splitNote} from '../report/describe.js'
import {ruleSpec} from '../rules/spec.js'

/** Hover: the rule, why it fires (note and source guide) and whose voice the words are in. */
export function hoverText(message: SlantMessage): string {
  const spec = ruleSpec(message.ruleId)
  const {why, guide, url} = splitNote(message)
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  const lines = [`**${NAME}: ${spec?.title ?? message.ruleId}** (\`${message.ruleId}\`, ${severity})`, '', md(message.reason)]
  const voice = describeVoice(message.data)
  if (voice) lines.push('', `**Voice:** ${md(voice)}`)
  if (why) lines.push('', `**Why:** ${md(why)}`)
  if (guide) lines.push('', `**Source:** ${url ? `[${md(guide)}](${url})` : md(guide)}`)
  if (message.expected?.length)
    lines.push(
      '',
      `**Suggestion:** ${message.expected.map((e) => (e === '' ? 'remove it' : `\`${e}\``)).join(', ')}${message.data?.fixable === 'safe' ? ' (safe: `slant --fix` applies it)' : ''}`
    )
  if (message.url) lines.push('', `[Rule documentation](${message.url})`)
  return lines.join('\n')
}

/** Text for Markdown, keeping the backtick code spans slant's reasons use. */
function md(text: string): string {
  return text.replace(/([\\*_[\]<>#])/gu, '\\$1')
}
