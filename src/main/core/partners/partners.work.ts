import { noticeHorizon } from '../../../shared/governance/review-due';
import { AGREEMENT_KIND_LABELS, agreementReviewDue } from '../../../shared/partners/partners';
import type { AgreementKind, AgreementStatus } from '../../../shared/partners/partners';
import type { WorkSource } from '../workqueue/work-source';

/**
 * Agreements in force whose review falls within `reviewNoticeDays` (or has passed): the SQL takes
 * the index range on (status, review_on), the rule decides due and urgent. The item links to the
 * partner's page, where the agreement is reviewed.
 */
export const partnerWork: WorkSource = {
  roles: ['coordinator'],
  items: async (em, today, t) => {
    const rows = (await em.query(
      `SELECT a.id, a.partner_id AS partnerId, a.kind, a.status, a.review_on AS reviewOn, p.name AS partnerName
         FROM partner_agreement a JOIN partner p ON p.id = a.partner_id
        WHERE a.status = 'in_force' AND a.review_on <= ? AND p.archived = 0`,
      [noticeHorizon(today, t.reviewNoticeDays)],
    )) as {
      id: string;
      partnerId: string;
      kind: AgreementKind;
      status: AgreementStatus;
      reviewOn: string;
      partnerName: string;
    }[];
    return rows.flatMap((r) => {
      const due = agreementReviewDue(r.status, r.reviewOn, t.reviewNoticeDays, today);
      if (!due) return [];
      return [
        {
          key: `partner_agreement_review:${r.id}`,
          id: `partner:${r.partnerId}`,
          kind: 'partner_agreement_review' as const,
          due: due.due,
          urgent: due.urgent,
          title: `${AGREEMENT_KIND_LABELS[r.kind]} ${due.urgent ? 'review overdue' : 'due for review'}`,
          subject: r.partnerName,
          link: { area: 'partner' as const, id: r.partnerId, tab: null },
        },
      ];
    });
  },
};
