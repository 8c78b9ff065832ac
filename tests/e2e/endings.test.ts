import type { Locator } from 'playwright-core';
import { ENDING_REASON_LABELS } from '../../src/shared/matching/relationship';
import { checkAccessibility, screenshot } from './support/a11y';
import { coreCall, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import { day, openMatchFile, openMatchTab, openWithActiveMatch, uk } from './support/seed-match';

/** Choose from a Mantine Select (the house style) by its label: open the list, click the choice. */
async function choose(scope: Locator, label: string | RegExp, option: string): Promise<void> {
  await scope.locator('input').and(scope.getByLabel(label)).click();
  await scope.page().getByRole('option', { name: option, exact: true }).click();
}

describe('ending a match', () => {
  test('a co-ordinator ends an active match and records both exit interviews', async ({ launch }) => {
    const { host, page, matchId } = await openWithActiveMatch(launch);

    await openMatchTab(page, matchId, 'ending');
    await page.getByRole('button', { name: 'End this match' }).click();
    const dialog = page.getByRole('dialog', { name: 'End this match' });
    await visible(dialog);
    await visible(dialog.getByText(/support, supervision and expenses stop/));
    const endedOn = dialog.getByRole('textbox', { name: /Ended on/ });
    await endedOn.fill(uk(day(-100)));
    await choose(dialog, /Reason/, ENDING_REASON_LABELS.goals_achieved);
    await dialog.getByRole('checkbox', { name: /keep in touch informally/ }).check();
    await screenshot(page, 'endings-end-form');
    expect(await checkAccessibility(page, 'End this match')).toBeDefined();
    // Before the match became active: refused, and said why.
    await dialog.getByRole('button', { name: 'End the match' }).click();
    await visible(dialog.getByText('The ending date cannot be before the match became active.'));
    await endedOn.fill(uk(day(-2)));
    await dialog.getByRole('button', { name: 'End the match' }).click();

    await visible(page.getByRole('heading', { name: 'How the match ended' }));
    await visible(page.getByText('The mentee’s goals were achieved'));
    await visible(page.getByText('Priya Fictional is back in the pool of mentors ready to match.'));
    await visible(page.getByRole('link', { name: 'Find another mentor' }));

    // The mentor's exit interview.
    const mentor = page.getByRole('region', { name: 'Exit interview with the mentor' });
    await choose(mentor, 'How did the match go overall?', 'Well');
    await mentor
      .getByRole('textbox', { name: 'What went well?' })
      .fill('Steady meetings; he found a college course.');
    await choose(mentor, 'Would you like to be matched again?', 'Yes, after a break');
    await mentor.getByRole('button', { name: 'Save the interview' }).click();
    await visible(mentor.getByText(/Recorded by/));

    // The mentee's: a held-on date before the ending is refused.
    const mentee = page.getByRole('region', { name: 'Exit interview with the mentee' });
    await mentee.getByRole('textbox', { name: /Held on/ }).fill(uk(day(-5)));
    await choose(mentee, 'Overall, how helpful was having a mentor?', 'Very helpful');
    await mentee
      .getByRole('textbox', { name: 'What made the biggest difference to you?' })
      .fill('Someone on my side at the housing office.');
    await mentee.getByRole('button', { name: 'Save the interview' }).click();
    await visible(mentee.getByText('The interview cannot be before the match ended.'));
    await mentee.getByRole('textbox', { name: /Held on/ }).fill(uk(day(-1)));
    await mentee.getByRole('button', { name: 'Save the interview' }).click();
    await visible(mentee.getByText(/Recorded by/));
    await screenshot(page, 'endings-ended');
    expect(await checkAccessibility(page, 'Ended match')).toBeDefined();

    // The match file prints the incidents, the ending and both interviews.
    await coreCall(host.core, 'incidents.record', {
      matchId,
      kind: 'hard_to_contact',
      occurredOn: day(-30),
      severity: 'low',
      description: 'Two calls unanswered; replied by letter a week later.',
    });
    await openMatchFile(page, matchId);
    await visible(page.getByRole('heading', { name: 'Exit interview with the mentee' }));
    await visible(page.getByText('Two calls unanswered; replied by letter a week later.'));
    await visible(page.getByText('Someone on my side at the housing office.'));
    await screenshot(page, 'endings-match-file');
    expect(await checkAccessibility(page, 'Match file')).toBeDefined();

    const view = await coreCall<{ interviews: { party: string }[]; match: { menteeStage: string } }>(
      host.core,
      'endings.get',
      { matchId },
    );
    expect(view.interviews.map((i) => i.party)).toEqual(['mentor', 'mentee']);
    expect(view.match.menteeStage).toBe('closed');
  });
});
