/** raadsstuk: one structured source per council decision, published as collegevoorstel and raadsinformatiebrief. */
export {build} from './build.js'
export type {BuildResult, Options as BuildOptions} from './build.js'
export {compileDecision} from './pipeline.js'
export type {
  DecisionResult,
  DecisionSource,
  RenderedDocument,
} from './pipeline.js'
export {computeFinance} from './finance.js'
export type {FinanceResult, FinanceTable} from './finance.js'
export {formatMoney, parseAmount} from './money.js'
export type {Cents} from './money.js'
export {createJsonSchema, decisionSchema} from './schema.js'
export type {Decision} from './schema.js'
export {collectMessages, formatReport} from './report.js'
export type {MessageRecord} from './report.js'
export {compareVersions} from './compare.js'
export type {Comparison} from './compare.js'
export {diffDecision} from './diff.js'
export type {DecisionDiff} from './diff.js'
export {startPreview} from './preview.js'
export type {Preview} from './preview.js'
