import { z } from 'zod';
import { channel } from './define';
import { empty, organisationName } from './common';
import { idleLockMinutesSchema, thresholdsSchema, type Settings } from '../settings';

export const setIdleLockInput = z.object({ idleLockMinutes: idleLockMinutesSchema }).strict();
export const setThresholdsInput = z.object({ thresholds: thresholdsSchema }).strict();
export const setOrganisationNameInput = z.object({ organisationName }).strict();

export const settingsChannels = {
  get: channel<typeof empty, Settings>({
    name: 'settings.get',
    kind: 'read',
    input: empty,
    classes: ['system'],
    access: 'signed-in',
    summary: 'The idle lock time and the programme thresholds.',
  }),
  setIdleLock: channel<typeof setIdleLockInput, Settings>({
    name: 'settings.setIdleLock',
    kind: 'write',
    input: setIdleLockInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Set how many idle minutes lock the app.',
  }),
  setOrganisationName: channel<typeof setOrganisationNameInput, { organisationName: string }>({
    name: 'settings.setOrganisationName',
    kind: 'write',
    input: setOrganisationNameInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Correct the organisation name shown on the sign-in screen and printed on the recovery key.',
  }),
  setThresholds: channel<typeof setThresholdsInput, Settings>({
    name: 'settings.setThresholds',
    kind: 'write',
    input: setThresholdsInput,
    classes: ['system'],
    access: ['administrator', 'coordinator'],
    summary: 'Set the programme thresholds used by warnings and indicators.',
  }),
};
