// A video dropped (or chosen) here goes up by tus to /api/v1/admin/uploads — resumable: a dropped connection
// is retried and continues from the server's offset, and a reload finds the unfinished upload again (the
// client keeps its URL in localStorage) — then becomes a media job for the movie or episode, whose progress
// is polled until it ends.

import { useQuery } from "@tanstack/preact-query";
import { ApiError, unwrap } from "@vuga/api";
import { Button, Notice } from "@vuga/ui";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { Upload } from "tus-js-client";
import { api, client } from "../../api";
import { describeJob, formatBytes, pollInterval, uploadIdOf } from "./jobs";

export type MediaTarget = { titleId: number } | { episodeId: number };

const RETRY_DELAYS_MS = [0, 1000, 3000, 5000, 10_000, 20_000];
const CHUNK_BYTES = 8 * 1024 * 1024; // a dropped connection loses at most this much

async function startJob(target: MediaTarget, uploadId: number) {
  const body = { upload_id: uploadId };
  return "titleId" in target
    ? unwrap(
        client.POST("/api/v1/admin/titles/{title_id}/media", {
          params: { path: { title_id: target.titleId } },
          body,
        }),
      )
    : unwrap(
        client.POST("/api/v1/admin/episodes/{episode_id}/media", {
          params: { path: { episode_id: target.episodeId } },
          body,
        }),
      );
}

function useMediaJob(jobId: number | null) {
  return useQuery({
    queryKey: ["admin", "media-job", jobId],
    enabled: jobId !== null,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/admin/media-jobs/{job_id}", { params: { path: { job_id: jobId ?? 0 } }, signal }),
      ),
    refetchInterval: (query) => pollInterval(query.state.data),
    staleTime: 0,
  });
}

export function VideoUpload({
  target,
  label,
  onDone,
}: {
  target: MediaTarget;
  label: string;
  onDone?: () => void;
}) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const upload = useRef<Upload | null>(null);
  const job = useMediaJob(jobId);
  const state = job.data?.state;

  useEffect(() => () => void upload.current?.abort(), []);
  useEffect(() => {
    if (state === "done") onDone?.();
  }, [state, onDone]);

  const begin = async (chosen: File) => {
    setFile(chosen);
    setSent(0);
    setError(null);
    setJobId(null);
    const tus = new Upload(chosen, {
      endpoint: "/api/v1/admin/uploads",
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS_MS,
      metadata: { filename: chosen.name, filetype: chosen.type || "application/octet-stream" },
      removeFingerprintOnSuccess: true,
      // Every request carries a fresh access token: an upload can outlast one.
      onBeforeRequest: async (request) => {
        const current = await api.currentSession();
        if (current) request.setHeader("Authorization", `Bearer ${current.accessToken}`);
      },
      onProgress: (bytes) => setSent(bytes),
      onError: (failure) => setError(`The upload stopped: ${failure.message}`),
      onSuccess: async () => {
        const uploadId = uploadIdOf(tus.url);
        if (uploadId === null) {
          setError("The server did not say where the upload is.");
          return;
        }
        try {
          setJobId((await startJob(target, uploadId)).id);
        } catch (caught) {
          setError(caught instanceof ApiError ? caught.message : "The transcode could not be started.");
        }
      },
    });
    upload.current = tus;
    const previous = await tus.findPreviousUploads();
    if (previous[0]) tus.resumeFromPreviousUpload(previous[0]); // the same file, begun before a reload
    tus.start();
  };

  const uploading = file !== null && jobId === null && error === null;
  return (
    <div class="admin-upload">
      <fieldset
        class={`admin-dropzone${dragging ? " admin-dropzone--over" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const dropped = event.dataTransfer?.files[0];
          if (dropped) void begin(dropped);
        }}
      >
        <legend class="ui-visually-hidden">{`Video for ${label}`}</legend>
        <p>Drop a video file here, or</p>
        <label class="ui-button ui-button--secondary" for={inputId}>
          Choose a video for {label}
        </label>
        <input
          id={inputId}
          class="ui-visually-hidden"
          type="file"
          accept="video/*"
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            if (chosen) void begin(chosen);
          }}
        />
      </fieldset>
      {file && (
        <div class="admin-progress">
          <label>
            Upload of {file.name} ({formatBytes(sent)} of {formatBytes(file.size)})
            <progress max={file.size} value={sent} />
          </label>
          {uploading && (
            <Button
              variant="ghost"
              onClick={() => void upload.current?.abort().then(() => setError("Upload paused."))}
            >
              Pause
            </Button>
          )}
          {error === "Upload paused." && (
            <Button
              variant="ghost"
              onClick={() => {
                setError(null);
                upload.current?.start();
              }}
            >
              Resume
            </Button>
          )}
        </div>
      )}
      {error && error !== "Upload paused." && <Notice kind="alert">{error}</Notice>}
      {job.data && (
        <div class="admin-progress" data-testid="media-job">
          <label>
            Transcode
            <progress max={100} value={job.data.percent} />
          </label>
          <p role="status">{describeJob(job.data)}</p>
        </div>
      )}
    </div>
  );
}
