// outlet-mismatch: the draft says the words were told to (or reported by) another outlet than the reference says.
import type { Check } from './check';
import type { Finding } from './finding';
import { quoteEvidence, speakerName } from './quoteEvidence';

export const outletMismatch: Check = ({ analysis, reference, confirm }) => {
  const findings: Finding[] = [];
  const reported = new Set<number>();
  for (const quotation of analysis.quotations) {
    const outlet = quotation.attribution.outlet;
    const refOutletId = quotation.match?.quote.quote.outlet;
    if (!quotation.match || !outlet || !refOutletId || reported.has(outlet.start)) continue;
    if (outlet.entity?.id === refOutletId) {
      confirm(outlet);
      continue;
    }
    const refOutlet = reference.entities.get(refOutletId);
    if (!refOutlet) continue;
    reported.add(outlet.start);
    const speaker = speakerName(reference, quotation.match.quote.quote.speaker);
    findings.push({
      code: 'outlet-mismatch',
      severity: 'warning',
      start: outlet.start,
      end: outlet.end,
      message: `Wrong outlet: the reference has ${speaker} saying these words to ${refOutlet.name}, not ${outlet.entity?.name ?? outlet.text}.`,
      refId: quotation.match.quote.quote.id,
      evidence: quoteEvidence(reference, quotation.match.quote, `${speaker} to ${refOutlet.name}`),
      fixes: [{ title: `Change the outlet to ${refOutlet.name}`, edits: [{ start: outlet.start, end: outlet.end, newText: refOutlet.name }], preferred: true }],
    });
  }
  return findings;
};
