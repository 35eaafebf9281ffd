// The SARIF 2.1.0 schema check shared by the report and CI tests, and the parts of a SARIF log
// they read, as types (the schema vouches for the rest).
import fs from 'node:fs'
import {createRequire} from 'node:module'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'

// ajv and ajv-formats are CommonJS whose types declare only `exports.default`; the module
// object is the same function at run time, and `.default` is the one the types know.
const Ajv = ajvDraft04.default
const addFormats = ajvFormats.default

const require = createRequire(import.meta.url)
// The SARIF 2.1.0 JSON schema (draft-04), as a registry package ships it.
const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))

/**
 * @typedef {{text: string}} SarifText
 * @typedef {{
 *   artifactLocation: {uri: string},
 *   region: {startLine: number, startColumn: number, endLine: number, endColumn: number, charOffset: number, charLength: number, snippet: SarifText}
 * }} SarifLocation
 * @typedef {{
 *   id: string,
 *   shortDescription: SarifText,
 *   help: SarifText & {markdown: string},
 *   helpUri?: string,
 *   defaultConfiguration: {level: string}
 * }} SarifRule
 * @typedef {{
 *   ruleId: string,
 *   ruleIndex: number,
 *   level: string,
 *   message: SarifText,
 *   locations: Array<{physicalLocation: SarifLocation}>,
 *   partialFingerprints: Record<string, string>,
 *   fixes?: Array<{artifactChanges: Array<{replacements: Array<{insertedContent: SarifText}>}>}>,
 *   properties?: Record<string, unknown>
 * }} SarifResult
 * @typedef {{
 *   level: string,
 *   message: SarifText,
 *   descriptor?: {id: string},
 *   locations: Array<{physicalLocation: SarifLocation}>
 * }} SarifNotification
 * @typedef {{
 *   tool: {driver: {name: string, rules: SarifRule[]}},
 *   artifacts: Array<{location: {uri: string}}>,
 *   results: SarifResult[],
 *   invocations: Array<{executionSuccessful: boolean, toolExecutionNotifications: SarifNotification[]}>
 * }} SarifRun
 * @typedef {{version: string, runs: SarifRun[]}} SarifLog
 */

/** A fresh validator of SARIF 2.1.0 logs (its `errors` describe the last failure). */
export function sarifValidator() {
  // The schema's language-tag pattern is not valid as a Unicode regular expression.
  const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
  addFormats(ajv)
  // What the schema accepts is a SarifLog (JSDoc cannot pass a type argument to compile<T>).
  return /** @type {import('ajv').ValidateFunction<SarifLog>} */ (ajv.compile(schema))
}
