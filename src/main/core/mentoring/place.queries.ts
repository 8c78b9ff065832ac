import type { EntityManager } from 'typeorm';
import type { MeetingPlace } from '../../../shared/contract/mentoring';
import { listProgrammeItems, saveProgrammeItem, type ProgrammeList } from '../db/programme-list';

/** The programme's safe, public places to meet: the manual's suggestions to start with, edited by co-ordinators. */
const PLACES: ProgrammeList & { column: 'name' } = { table: 'meeting_place', column: 'name', noun: 'place' };

export const meetingPlaces = (em: EntityManager, includeArchived: boolean): Promise<MeetingPlace[]> =>
  listProgrammeItems(em, PLACES, includeArchived);

export const saveMeetingPlace = (
  em: EntityManager,
  input: { id?: string; name: string; sortOrder?: number; archived: boolean },
): Promise<MeetingPlace> => saveProgrammeItem(em, PLACES, input);
