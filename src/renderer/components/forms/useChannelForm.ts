import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState, type FormEvent } from 'react';
import type { ChannelDef, InputOf, OutputOf } from '../../../shared/contract';
import { useChannelMutation } from '../../api/channels';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../forms';
import { useUnsavedChanges } from '../useUnsavedChanges';
import { useDraft, type DraftControl } from './useDraft';

/** A channel's input as form values (every channel's input is an object). */
export type FormValues<C extends ChannelDef> = InputOf<C> & Record<string, unknown>;
type Form<C extends ChannelDef> = UseFormReturnType<FormValues<C>>;

interface Options<C extends ChannelDef> {
  initialValues: FormValues<C>;
  /** After a successful save (the form is no longer dirty by then, so navigating away is safe). */
  onSaved?(output: OutputOf<C>, values: InputOf<C>): void | Promise<void>;
  /** Whether the unsaved-changes guard applies (off for forms inside a FormModal, which asks itself). */
  guard?: boolean;
  /**
   * Keep a draft of a long form while the person types (encrypted in the core) and offer it back
   * next time: the record's id, or 'new'. Left out, nothing is kept.
   */
  draftKey?: string;
}

export interface ChannelForm<C extends ChannelDef> {
  form: Form<C>;
  onSubmit(event?: FormEvent<HTMLFormElement>): void;
  /** A problem with the whole form, or field errors for fields the form does not show. */
  formError: string | null;
  submitting: boolean;
  dirty: boolean;
  /** The kept draft (see `draftKey`): show `DraftOfferAlert` with it. */
  draft: DraftControl;
}

/**
 * A form over a channel's own input schema: the same zod checks as the core (with the same
 * plain-English messages), submitted through useChannelMutation, the core's field errors
 * (VALIDATION, CONFLICT) put on the fields they are about, and a question before unsaved changes
 * are left behind.
 */
export function useChannelForm<C extends ChannelDef>(channel: C, options: Options<C>): ChannelForm<C> {
  const mutation = useChannelMutation(channel);
  const [formError, setFormError] = useState<string | null>(null);
  const form: Form<C> = useForm<FormValues<C>>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: validateWith(channel.input) as never,
  });
  const dirty = form.isDirty();
  useUnsavedChanges((options.guard ?? true) && dirty && !mutation.isPending);
  const draft = useDraft(channel.name, options.draftKey, form.getValues(), dirty, (values) =>
    form.setValues(values as Partial<FormValues<C>>),
  );

  const onSubmit = form.onSubmit(async (values, event) => {
    setFormError(null);
    try {
      const output = await mutation.mutateAsync(values);
      form.resetDirty(values);
      draft.saved();
      await options.onSaved?.(output, values);
    } catch (error) {
      setFormError(applyServerErrors(form, error));
      focusFirstInvalid(null, null, event);
    }
  }, focusFirstInvalid);

  return { form, onSubmit, formError, submitting: mutation.isPending, dirty, draft };
}
