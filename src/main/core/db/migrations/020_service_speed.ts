import type { Migration } from './migration';

/**
 * What spend against the budget needs to stay well under 100 ms at 60,000 claim lines (issue 11's
 * speed goals; measured with `npm run bench -- --only=service`). The summary adds up a financial
 * year's lines on approved or paid claims by heading: about 18,000 lines at full size. Through
 * `expense_line_category` each line cost a row fetch (amount, claim) and then a claim row fetch
 * (status); these two covering indexes answer both probes from the indexes alone (about 2.5 times
 * faster). `expense_line_category` stays: the mileage-rate check names it.
 */
const SCHEMA = `
  CREATE INDEX expense_line_budget ON expense_line (budget_category, spent_on, claim_id, amount_pence);
  CREATE INDEX expense_claim_id_status ON expense_claim (id, status);
`;

export const m020ServiceSpeed: Migration = {
  version: 20,
  name: 'service_speed',
  up(db) {
    db.exec(SCHEMA);
  },
};
