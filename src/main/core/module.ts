import type { EntitySchema } from 'typeorm';
import type { ChannelDef } from '../../shared/contract';
import type { AnyHandler } from './ipc/handler.types';
import type { TableDef, TableEntry } from './db/table';
import { ScopeRegistry, type ScopeResolver } from './policy/scope';

/**
 * One domain area of the core: its part of the contract, its handlers, the tables it owns (declared
 * once, see db/table.ts) and the scope resolvers for its record types. `modules.ts` lists them one
 * line each; everything central (handlers, entities, the data map, scopes) is derived from that list.
 */
export interface CoreModule {
  area: string;
  channels: Readonly<Record<string, ChannelDef>>;
  handlers: ReadonlyMap<string, AnyHandler>;
  tables: readonly TableDef[];
  /**
   * Virtual tables the area's migration creates (a full-text index) that copy personal data: they
   * have no entity, but the record of processing must still name them and their columns' classes.
   */
  indexes?: Readonly<Record<string, TableEntry>>;
  scopes?: Readonly<Record<string, ScopeResolver>>;
}

export const defineModule = (m: CoreModule): CoreModule => Object.freeze(m);

export interface Assembled {
  channels: ReadonlyMap<string, ChannelDef>;
  handlers: ReadonlyMap<string, AnyHandler>;
  entities: EntitySchema[];
  dataMap: Record<string, TableEntry>;
  tables: TableDef[];
  scopes: ScopeRegistry;
}

/** Put the modules together; a name used twice (area, channel, table, record type) stops start-up. */
export function assemble(modules: readonly CoreModule[]): Assembled {
  const fail = (what: string) => {
    throw new Error(`Waymark's core modules clash: ${what}`);
  };
  const areas = new Set<string>();
  const channels = new Map<string, ChannelDef>();
  const handlers = new Map<string, AnyHandler>();
  const dataMap: Record<string, TableEntry> = {};
  const entities: EntitySchema[] = [];
  const tables: TableDef[] = [];
  const scopes = new ScopeRegistry();
  for (const m of modules) {
    if (areas.has(m.area)) fail(`area ${m.area} is listed twice`);
    areas.add(m.area);
    for (const c of Object.values(m.channels)) {
      if (channels.has(c.name)) fail(`channel ${c.name} is declared twice`);
      if (c.area !== m.area) fail(`channel ${c.name} is in module ${m.area}`);
      channels.set(c.name, c);
    }
    for (const [name, h] of m.handlers) {
      if (handlers.has(name)) fail(`channel ${name} has two handlers`);
      if (!m.channels[name.slice(m.area.length + 1)]) fail(`handler ${name} has no channel in ${m.area}`);
      handlers.set(name, h);
    }
    for (const t of m.tables) {
      if (dataMap[t.name]) fail(`table ${t.name} is declared twice`);
      dataMap[t.name] = t.mapEntry;
      entities.push(t.entity as EntitySchema);
      tables.push(t);
    }
    for (const [name, entry] of Object.entries(m.indexes ?? {})) {
      if (dataMap[name]) fail(`table ${name} is declared twice`);
      dataMap[name] = entry;
    }
    for (const [recordType, resolver] of Object.entries(m.scopes ?? {})) {
      if (scopes.has(recordType)) fail(`record type ${recordType} has two scope resolvers`);
      scopes.register(recordType, resolver);
    }
  }
  for (const name of channels.keys()) if (!handlers.has(name)) fail(`channel ${name} has no handler`);
  return { channels, handlers, entities, dataMap, tables, scopes };
}
