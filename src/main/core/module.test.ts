import { describe, expect, it } from 'vitest';
import { assemble, defineModule } from './module';
import { MODULES } from './modules';
import { establishmentsModule } from './establishments';
import { establishmentTable } from './establishments/establishments.tables';

/** Everything central is derived from the module list; a name used twice stops start-up. */
describe('assembling the core from its modules', () => {
  it('derives handlers, entities, the data map and the channels from the list', () => {
    const core = assemble(MODULES);
    expect([...core.handlers.keys()].sort()).toEqual([...core.channels.keys()].sort());
    expect(Object.keys(core.dataMap)).toContain('establishment');
    expect(core.entities).toHaveLength(core.tables.length);
  });

  it('refuses an area, a channel or a table declared twice', () => {
    expect(() => assemble([...MODULES, establishmentsModule])).toThrow(/area establishments is listed twice/);
    const sameTable = defineModule({
      area: 'copycat',
      channels: {},
      handlers: new Map(),
      tables: [establishmentTable],
    });
    expect(() => assemble([...MODULES, sameTable])).toThrow(/table establishment is declared twice/);
    const stray = defineModule({
      area: 'copycat',
      channels: {},
      handlers: new Map([['copycat.nothing', { run: async () => null }]]),
      tables: [],
    });
    expect(() => assemble([...MODULES, stray])).toThrow(/handler copycat.nothing has no channel/);
  });
});
