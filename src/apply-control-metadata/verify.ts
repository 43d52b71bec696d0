/**
 * The second phase: both receipts against live Azure state, reads only, before the database is touched. The aml
 * receipt (the adf receipt's upstream) must describe what the endpoint serves now; the adf receipt, the factory's
 * pipelines as deployed. A planned adf receipt (a dry run of deploy-adf-pipelines, which only a dry run gets this far
 * with) has no deployed pipelines to check: the rows were planned against the ones it would deploy.
 */
import type { ClientFactory } from '#shared/azure/clients.js';
import type { Logger } from '#shared/logger.js';
import { verifyAdfReceipt } from '#shared/receipts/adf-verification.js';
import { verifyAmlReceipt } from '#shared/receipts/aml-verification.js';
import type { AdfReceipt } from '#shared/receipts/schemas.js';

export async function verifyReceipts(
  adfReceipt: AdfReceipt,
  clients: ClientFactory,
  logger: Logger,
): Promise<void> {
  await logger.group('Verify the receipts', async () => {
    const [ml, df] = await Promise.all([clients.machineLearning(), clients.dataFactory()]);
    await Promise.all([
      verifyAmlReceipt(adfReceipt.upstream.receipt, ml, logger, { input: 'adf-receipt' }),
      adfReceipt.planned
        ? logger.info(
            'The adf receipt is planned (a dry run of deploy-adf-pipelines): the rows are planned against the pipelines it would deploy.',
          )
        : verifyAdfReceipt(adfReceipt, df, logger),
    ]);
  });
}
