import { Loader } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { FileOwner } from '../../../../shared/policies/policies';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { AttachmentViewer } from '../../../components/attachments/AttachmentViewer';
import { FormAlert } from '../../../components/FormAlert';

/** A document kept with a policy version, a leaflet or an insurance policy, fetched when shown. */
export function StoredFileViewer({ of, id, title }: { of: FileOwner; id: string; title: string }) {
  const file = useChannelQuery(contract.policies.readFile, { of, id });
  if (file.error)
    return <FormAlert title="The document could not be opened">{errorMessage(file.error)}</FormAlert>;
  if (!file.data) return <Loader aria-label="Loading the document" />;
  return (
    <AttachmentViewer
      base64={file.data.base64}
      contentType={file.data.contentType}
      fileName={file.data.fileName}
      title={title}
    />
  );
}
