import { randomUUID } from 'node:crypto';
import { donationDecider, donationStreamId } from '@careledger/domain-donation';
import { COUNTY, type DecidedWriter } from './decided-writer';

/** A batch of the 小善举·大爱心 online giving platform, with a sponsor's matching (donation-<year>). 1 event. */
export async function seedDonation(writer: DecidedWriter, year: number, receivedOn: string, batch: number): Promise<void> {
  await writer.run(
    donationDecider,
    donationStreamId(year),
    {
      type: 'RecordDonation',
      data: {
        year,
        donationId: randomUUID(),
        receivedOn,
        channel: 'ONLINE',
        amountFen: 250_000 + batch * 1_000,
        matchingFen: 100_000,
        source: `小善举·大爱心平台 ${year}年第${batch + 1}批`,
      },
    },
    { actor: COUNTY, businessDate: receivedOn },
  );
}
