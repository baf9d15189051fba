import { DomainError } from '@careledger/domain-kernel';
import { notFound } from '@careledger/domain-kernel';

export function fundNotFound(fundId: string): DomainError {
  return notFound('fund', { fundId });
}

export function expenditureNotFound(fundId: string, expenditureId: string): DomainError {
  return notFound('expenditure', { fundId, expenditureId });
}

/**
 * The fund cannot cover `requestedFen`. `field` names the command field that asked for it
 * ('amountFen' for spending, 'deltaFen' for a cut in the allocation).
 */
export function insufficientFunds(
  fundId: string,
  remainingFen: number,
  requestedFen: number,
  field: string,
): DomainError {
  const message = `Fund ${fundId} has ${remainingFen} fen left, ${requestedFen} fen requested`;
  return new DomainError('INSUFFICIENT_FUNDS', message, { fundId, remainingFen, requestedFen, field });
}
