import { col, defineTable, type RowOf } from '../db/table';

export const settingTable = defineTable('setting', {
  purpose: 'Security settings and programme thresholds.',
  lawfulBasis: 'Not personal data (updated_by is a staff account id): Art. 6(1)(f).',
  specialCondition: null,
  retention: 'For the life of the installation.',
  columns: {
    key: col.text('system', { primary: true }),
    /** JSON. */
    value: col.text('system'),
    updatedAt: col.text('system'),
    updatedBy: col.text('system', { nullable: true }),
  },
});
export type SettingRow = RowOf<typeof settingTable.columns>;
