import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assessmentApi, complianceKeys, taskApi, zoneApi } from '@/features/compliance/api/keys';
import { api } from '@/lib/api-client';
import { saveBlob } from '@/lib/download';
import type { Evidence } from '@/types/api';

/** The largest file the server accepts. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** Where an evidence file belongs: an item of an assessment, or a rectification task. */
export type EvidenceOwner = { kind: 'item'; assessmentId: number; code: string } | { kind: 'task'; taskId: number };

function uploadPath(zone: string, owner: EvidenceOwner): string {
  return owner.kind === 'item'
    ? `${assessmentApi(zone, owner.assessmentId)}/items/${encodeURIComponent(owner.code)}/evidence`
    : `${taskApi(zone, owner.taskId)}/evidence`;
}

function ownerKey(zone: string, owner: EvidenceOwner) {
  return owner.kind === 'item' ? complianceKeys.assessment(zone, owner.assessmentId) : complianceKeys.task(zone, owner.taskId);
}

/** Uploads one file with progress; the assessment (or task) it belongs to is refetched afterwards. */
export function useUploadEvidence(zone: string, owner: EvidenceOwner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (percent: number) => void }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<Evidence>(uploadPath(zone, owner), form, onProgress);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ownerKey(zone, owner) });
      if (owner.kind === 'task') void queryClient.invalidateQueries({ queryKey: complianceKeys.taskLists(zone) });
    },
  });
}

export function useRemoveEvidence(zone: string, owner: EvidenceOwner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: number) => api.delete(`${zoneApi(zone)}/evidence/${evidenceId}`),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ownerKey(zone, owner) });
      if (owner.kind === 'task') void queryClient.invalidateQueries({ queryKey: complianceKeys.taskLists(zone) });
    },
  });
}

/** Fetched with the bearer token (a plain link has none) and handed to the browser as a download. */
export async function downloadEvidence(zone: string, evidence: Evidence): Promise<void> {
  const { blob, fileName } = await api.download(`${zoneApi(zone)}/evidence/${evidence.id}`);
  saveBlob(blob, fileName ?? evidence.fileName);
}
