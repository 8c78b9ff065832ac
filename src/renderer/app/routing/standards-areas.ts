/**
 * The eight standards areas, in the order of the quality framework. The menu groups screens under
 * these headings; an area with no screen this person may use is not shown.
 */
export const STANDARDS_AREAS = [
  { id: 'service-development', label: 'Service development' },
  { id: 'assessment', label: 'Assessment' },
  { id: 'individual-needs', label: 'Individual needs' },
  { id: 'training', label: 'Training' },
  { id: 'communication', label: 'Communication' },
  { id: 'service-delivery', label: 'Service delivery' },
  { id: 'management', label: 'Management' },
  { id: 'monitoring', label: 'Monitoring & evaluation' },
] as const;

export type StandardsAreaId = (typeof STANDARDS_AREAS)[number]['id'];
