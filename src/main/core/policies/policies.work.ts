import type { WorkItem } from '../../../shared/contract/workqueue';
import { INSURANCE_KIND_LABELS, type InsuranceKind } from '../../../shared/policies/policies';
import { noticeHorizon, reviewDue } from '../../../shared/governance/review-due';
import type { WorkSource } from '../workqueue/work-source';
import { insuranceForRenewal } from './governance.queries';
import { policiesForReview } from './policy.queries';

/**
 * Policy reviews and insurance renewals, from `reviewNoticeDays` before the date; urgent from the
 * day after it. The SQL only takes what falls on or before the notice horizon (an index range);
 * `reviewDue` (the rule partner agreements use too) decides. Titles are plain governance words,
 * never casework.
 */
export const policyWork: WorkSource = {
  roles: ['coordinator'],
  async items(em, today, t) {
    const horizon = noticeHorizon(today, t.reviewNoticeDays);
    const items: WorkItem[] = [];
    for (const p of await policiesForReview(em, horizon)) {
      const due = reviewDue(p.reviewOn, today, t.reviewNoticeDays);
      if (!due) continue;
      items.push({
        key: `policy_review:${p.id}`,
        id: `policy:${p.id}`,
        kind: 'policy_review',
        ...due,
        title: due.urgent ? 'Policy review overdue' : 'Policy review due',
        subject: p.title,
        link: { area: 'policy', id: p.id, tab: null },
      });
    }
    for (const i of await insuranceForRenewal(em, horizon)) {
      const due = reviewDue(i.expiresOn, today, t.reviewNoticeDays);
      if (!due) continue;
      items.push({
        key: `insurance_renewal:${i.id}`,
        id: `insurance:${i.id}`,
        kind: 'insurance_renewal',
        ...due,
        title: due.urgent ? 'Insurance expired: renew it' : 'Insurance due for renewal',
        subject: `${INSURANCE_KIND_LABELS[i.kind as InsuranceKind] ?? 'Insurance'} (${i.insurer})`,
        link: { area: 'insurance', id: i.id, tab: null },
      });
    }
    return items;
  },
};
