/**
 * The ADF expression language for the sandbox's pipeline runtime: an ExpressionEvaluator compiles and evaluates the
 * JSON string values of pipelines, datasets and linked services against an ExpressionScope (scope.ts); failures
 * are ExpressionErrors (errors.ts).
 */
export { ExpressionError, type ExpressionErrorKind } from './errors.js';
export { type CompiledString, ExpressionEvaluator, type ExpressionEvaluatorOptions } from './evaluator.js';
export { FUNCTION_NAMES } from './functions/catalog.js';
export type { ExpressionScope, PipelineContext } from './scope.js';
