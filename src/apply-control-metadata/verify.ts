/**
 * The second phase: the receipts and the rows' routes against live Azure state, reads only, before the database is
 * touched. Every aml receipt (the adf receipt's upstream and those of `aml-receipts`) must describe what its endpoint
 * serves now; the adf receipt, the factory's pipelines as deployed; and the rows whose endpoint or deployment no
 * receipt covers are checked against the live endpoints (endpoint-routes.ts: one list per workspace, one per endpoint
 * with a pinned deployment). A planned adf receipt (a dry run of deploy-adf-pipelines, which only a dry run gets this
 * far with) has no deployed pipelines to check: the rows were planned against the ones it would deploy.
 */
import type { ClientFactory } from '#shared/azure/clients.js';
import type { Logger } from '#shared/logger.js';
import { annotateProblems } from '#shared/problems.js';
import { verifyAdfReceipt } from '#shared/receipts/adf-verification.js';
import { verifyAmlReceipt } from '#shared/receipts/aml-verification.js';
import { checkRoutesLive, type RouteCheckCounts } from './endpoint-routes.js';
import type { PreparedApply } from './prepare.js';

export async function verifyReceipts(
  prepared: Pick<PreparedApply, 'adfReceipt' | 'amlReceipts' | 'liveRoutes'>,
  clients: ClientFactory,
  logger: Logger,
  /** The cloud's Synapse endpoint suffix, for an adf receipt of a Synapse target. */
  synapseDevSuffix = 'dev.azuresynapse.net',
): Promise<RouteCheckCounts> {
  const { adfReceipt, amlReceipts, liveRoutes } = prepared;
  return logger.group('Verify the receipts and the endpoints', async () => {
    const [ml, df] = await Promise.all([clients.machineLearning(), clients.dataFactory()]);
    const [counts] = await Promise.all([
      annotateProblems(logger, () => checkRoutesLive(liveRoutes, ml, logger)),
      ...amlReceipts.map((receipt, index) =>
        verifyAmlReceipt(receipt, ml, logger, { input: index === 0 ? 'adf-receipt' : 'aml-receipts' }),
      ),
      adfReceipt.planned
        ? logger.info(
            'The adf receipt is planned (a dry run of deploy-adf-pipelines): the rows are planned against the pipelines it would deploy.',
          )
        : verifyAdfReceipt(adfReceipt, df, logger, {
            synapse: { synapse: (endpoint) => clients.synapse(endpoint), synapseDevSuffix },
          }),
    ]);
    return counts;
  });
}
