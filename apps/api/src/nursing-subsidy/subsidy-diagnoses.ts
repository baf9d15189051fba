import { Inject, Injectable } from '@nestjs/common';
import {
  DIAGNOSIS_CATEGORIES,
  nursingSubsidyStreamId,
  type DiagnosisCategory,
} from '@careledger/domain-nursing-subsidy';
import type { EventStore } from '@careledger/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';

/**
 * The diagnosis category is health data: encrypted at rest and never copied into a read model.
 * It is read from the application's first event (decrypted by the store) when asked for; null
 * once the person's key was destroyed.
 */
@Injectable()
export class SubsidyDiagnoses {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async of(applicationId: string): Promise<DiagnosisCategory | null> {
    const [applied] = await this.store.readStream(nursingSubsidyStreamId(applicationId), { limit: 1 });
    const value = applied?.type === 'SubsidyApplied' ? applied.data['diagnosisCategory'] : null;
    return (DIAGNOSIS_CATEGORIES as readonly unknown[]).includes(value) ? (value as DiagnosisCategory) : null;
  }
}
