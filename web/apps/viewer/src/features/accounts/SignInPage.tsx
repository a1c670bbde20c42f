import { ApiError } from "@vuga/api";
import { Button, Notice, TextField } from "@vuga/ui";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { nextFrom, usePageTitle } from "../../layout/page";
import { t } from "../../messages";
import { signIn, signUp } from "./session";

function messageOf(error: unknown): string {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    return error.status === 401 ? t.auth.wrongCredentials : error.message;
  }
  if (error instanceof ApiError && error.status < 500) return error.message;
  return t.errorGeneric;
}

function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}

export function SignInPage() {
  usePageTitle(t.auth.signIn);
  const { route, query } = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = nextFrom(query);
  return (
    <div class="page page--narrow auth-page">
      <p class="auth-page__logo" aria-hidden="true">
        VUGA TV
      </p>
      <h1>{t.auth.signInHeading}</h1>
      {error !== null && <Notice kind="alert">{messageOf(error)}</Notice>}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          setBusy(true);
          setError(null);
          try {
            await signIn(String(form.get("email")), String(form.get("password")));
            route(next === "/" ? "/profiles" : `/profiles?next=${encodeURIComponent(next)}`);
          } catch (caught) {
            setError(caught);
          } finally {
            setBusy(false);
          }
        }}
      >
        <TextField label={t.auth.email} name="email" type="email" autocomplete="username" required />
        <TextField
          label={t.auth.password}
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <Button type="submit" busy={busy}>
          {t.auth.signIn}
        </Button>
      </form>
      <p>
        <a href="/forgot-password">{t.recovery.forgot}</a>
      </p>
      <p>
        {t.auth.noAccount} <a href="/sign-up">{t.auth.signUp}</a>
      </p>
    </div>
  );
}

export function SignUpPage() {
  usePageTitle(t.auth.signUp);
  const { route } = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState(false);
  return (
    <div class="page page--narrow auth-page">
      <p class="auth-page__logo" aria-hidden="true">
        VUGA TV
      </p>
      <h1>{t.auth.signUpHeading}</h1>
      {error !== null && <Notice kind="alert">{messageOf(error)}</Notice>}
      {confirm && <Notice>{t.auth.signedOut}</Notice>}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          setBusy(true);
          setError(null);
          try {
            const signedIn = await signUp(
              String(form.get("email")),
              String(form.get("password")),
              String(form.get("display_name") ?? ""),
            );
            if (signedIn) route("/profiles");
            else setConfirm(true);
          } catch (caught) {
            setError(caught);
          } finally {
            setBusy(false);
          }
        }}
      >
        <TextField
          label={t.auth.displayName}
          name="display_name"
          autocomplete="name"
          hint={t.auth.displayNameHint}
        />
        <TextField
          label={t.auth.email}
          name="email"
          type="email"
          autocomplete="username"
          required
          error={fieldError(error, "email")}
        />
        <TextField
          label={t.auth.password}
          name="password"
          type="password"
          autocomplete="new-password"
          required
          hint={t.auth.passwordHint}
          error={fieldError(error, "password")}
        />
        <Button type="submit" busy={busy}>
          {t.auth.signUp}
        </Button>
      </form>
      <p>
        {t.auth.haveAccount} <a href="/sign-in">{t.auth.signIn}</a>
      </p>
    </div>
  );
}
