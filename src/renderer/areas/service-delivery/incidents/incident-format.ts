import {
  INCIDENT_KINDS,
  INCIDENT_KIND_LABELS,
  INCIDENT_SEVERITIES,
  INCIDENT_SEVERITY_LABELS,
  type IncidentSeverity,
} from '../../../../shared/matching/relationship';

/** Where the Incidents screen lives (Service delivery). */
export const INCIDENTS_PATH = '/service-delivery/incidents';

export const KIND_OPTIONS = INCIDENT_KINDS.map((value) => ({ value, label: INCIDENT_KIND_LABELS[value] }));
export const SEVERITY_OPTIONS = INCIDENT_SEVERITIES.map((value) => ({
  value,
  label: INCIDENT_SEVERITY_LABELS[value],
}));

/** Badge colours: high stands out; low stays quiet. */
export const SEVERITY_COLOURS: Record<IncidentSeverity, string> = {
  low: 'gray',
  medium: 'yellow',
  high: 'red',
};

/** The current quarter (January–March, April–June…) as ISO dates, for the standard 14 count. */
export function quarterOf(todayIso: string): { from: string; to: string; label: string } {
  const year = Number(todayIso.slice(0, 4));
  const q = Math.floor((Number(todayIso.slice(5, 7)) - 1) / 3);
  const startMonth = q * 3 + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const names = ['January to March', 'April to June', 'July to September', 'October to December'];
  return {
    from: `${year}-${pad(startMonth)}-01`,
    to: `${year}-${pad(endMonth)}-${pad(lastDay)}`,
    label: `${names[q]} ${year}`,
  };
}
