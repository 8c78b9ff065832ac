import { List } from '@mantine/core';
import { errorMessage, isApiError } from '../../../api/api-error';
import { FormAlert } from '../../../components/FormAlert';

/** Why a render could not start: the core's message, and each condition still to meet. */
export function StartProblem({ error }: { error: unknown }) {
  if (!error) return null;
  const unmet = isApiError(error) ? error.unmet : [];
  return (
    <FormAlert title={errorMessage(error)}>
      {unmet.length > 0 ? (
        <List size="sm">
          {unmet.map((u) => (
            <List.Item key={u}>{u}</List.Item>
          ))}
        </List>
      ) : (
        'Nothing was created.'
      )}
    </FormAlert>
  );
}
