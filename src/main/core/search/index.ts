import { contract } from '../../../shared/contract';
import { CoreError } from '../../../shared/errors';
import { defineHandlers } from '../ipc/handler.types';
import { defineModule } from '../module';
import { personScope } from './search.scope';
import { searchPeople } from './search.queries';
import { SEARCH_INDEXES } from './search.index-map';

/**
 * Find anyone fast. The index (migration 010) is kept by triggers on the mentee, mentor and account
 * tables, so this area owns no declared table (the index is in the data map as `indexes`); results are limited twice: in the SQL (each kind's
 * `visibleSql`) and by the dispatcher's row scope over the mixed list.
 */
export const searchModule = defineModule({
  area: 'search',
  channels: contract.search,
  handlers: defineHandlers(contract.search, {
    people: {
      run: ({ em, caller }, input) => {
        if (!caller) throw new CoreError('LOCKED', 'Sign in first.');
        return searchPeople(em, caller, input.query, input.limit);
      },
      scope: { recordType: 'search_result', rows: 'items' },
    },
  }),
  tables: [],
  indexes: SEARCH_INDEXES,
  // A result row is a mentee, mentor or staff member: its own record type sends each to the right rules.
  scopes: { search_result: personScope },
});
