import type { BundleVerification } from '@careledger/event-store';

/** A bundle's verification report as text, saying plainly what could and could not be checked. */
export function formatVerification(v: BundleVerification): string {
  const lines: string[] = [];
  const h = v.header;
  if (h) {
    const s = h.selection;
    const what = s.kind === 'range' ? `range ${s.from}..${s.to}` : s.kind === 'stream' ? `stream ${s.streamId}` : `case ${s.caseId} (${s.streamId} and every event naming it)`;
    lines.push(`bundle: ${what}, exported ${h.exportedAt}, ${h.count} events; log head then: position ${h.head.position}, hash ${h.head.hash}`);
  }
  lines.push(
    v.ok
      ? `verify: ok — ${v.checked} of ${v.count} events checked${v.count > 0 ? ` (positions ${v.firstPosition}..${v.lastPosition})` : ''}`
      : `verify: FAILED at line ${v.problem!.line}${v.problem!.position === null ? '' : `, position ${v.problem!.position}`} — ${v.problem!.kind}: ${v.problem!.detail} (${v.checked} events intact before it)`,
  );
  if (v.links === 'chain') {
    lines.push(
      v.anchor && v.anchor.position > 1
        ? `links:  verified as a chain from position ${v.anchor.position}, trusting its prevHash ${v.anchor.prevHash} as the anchor (compare it with the source log's hash at ${v.anchor.position - 1})`
        : 'links:  verified as a chain from the genesis of the log',
    );
  } else {
    lines.push(
      'links:  NOT checked end to end — a stream or case bundle is not contiguous in the log, so only each event\'s own hash ' +
        '(over its content and stated prevHash) was recomputed; use a range bundle, or `careledger verify` on the source, for the chain',
    );
  }
  return `${lines.join('\n')}\n`;
}
