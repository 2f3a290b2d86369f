/** raadsstuk: one structured source per council decision, published as collegevoorstel and raadsinformatiebrief. */
export {build} from './commands/build.js'
export type {BuildResult, Options as BuildOptions} from './commands/build.js'
export {compileDecision} from './compile.js'
export type {
  DecisionResult,
  DecisionSource,
  RenderedDocument,
} from './compile.js'
export {computeFinance} from './compute/finance.js'
export type {FinanceResult, FinanceTable} from './compute/finance.js'
export {formatMoney, parseAmount} from './compute/money.js'
export type {Cents} from './compute/money.js'
export {createJsonSchema, decisionSchema} from './check/schema.js'
export type {Decision} from './check/schema.js'
export {collectMessages, formatReport} from './messages/report.js'
export type {MessageRecord} from './messages/report.js'
export {compareVersions} from './diff/compare.js'
export type {Comparison} from './diff/compare.js'
export {diffDecision} from './diff/diff.js'
export type {DecisionDiff} from './diff/diff.js'
export {startPreview} from './commands/preview.js'
export type {Preview} from './commands/preview.js'
