// The pages the account mails link to: /reset-password#token=… and /verify-email#token=… (the token sits in
// the fragment, which browsers never send to a server or put in a Referer), and the form that asks for a
// reset mail.

import { useMutation } from "@tanstack/preact-query";
import { ApiError, unwrap } from "@vuga/api";
import { Button, Notice, Spinner, TextField } from "@vuga/ui";
import { useEffect, useState } from "preact/hooks";
import { client } from "../../api";
import { usePageTitle } from "../../layout/page";
import { t } from "../../messages";

function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "";
}

function problemText(error: unknown): string {
  return error instanceof ApiError && error.status < 500 ? error.message : t.errorGeneric;
}

export function ForgotPasswordPage() {
  usePageTitle(t.recovery.forgotHeading);
  const ask = useMutation({
    mutationFn: (email: string) => unwrap(client.POST("/api/v1/auth/password-reset", { body: { email } })),
  });
  return (
    <div class="page page--narrow auth-page">
      <h1>{t.recovery.forgotHeading}</h1>
      {ask.isSuccess ? (
        <Notice>{t.recovery.mailSent}</Notice>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            ask.mutate(String(new FormData(event.currentTarget).get("email")));
          }}
        >
          {ask.isError && <Notice kind="alert">{problemText(ask.error)}</Notice>}
          <p>{t.recovery.forgotIntro}</p>
          <TextField label={t.auth.email} name="email" type="email" autocomplete="username" required />
          <Button type="submit" busy={ask.isPending}>
            {t.recovery.sendLink}
          </Button>
        </form>
      )}
      <p>
        <a href="/sign-in">{t.auth.signIn}</a>
      </p>
    </div>
  );
}

export function ResetPasswordPage() {
  usePageTitle(t.recovery.resetHeading);
  const [token] = useState(tokenFromFragment);
  const reset = useMutation({
    mutationFn: (password: string) =>
      unwrap(client.POST("/api/v1/auth/password-reset/confirm", { body: { token, new_password: password } })),
  });
  return (
    <div class="page page--narrow auth-page">
      <h1>{t.recovery.resetHeading}</h1>
      {!token && <Notice kind="alert">{t.recovery.noToken}</Notice>}
      {reset.isSuccess ? (
        <Notice>
          {t.recovery.passwordChanged} <a href="/sign-in">{t.auth.signIn}</a>
        </Notice>
      ) : (
        token && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              reset.mutate(String(new FormData(event.currentTarget).get("password")));
            }}
          >
            {reset.isError && <Notice kind="alert">{problemText(reset.error)}</Notice>}
            <TextField
              label={t.recovery.newPassword}
              name="password"
              type="password"
              autocomplete="new-password"
              hint={t.auth.passwordHint}
              required
            />
            <Button type="submit" busy={reset.isPending}>
              {t.recovery.setPassword}
            </Button>
          </form>
        )
      )}
    </div>
  );
}

export function VerifyEmailPage() {
  usePageTitle(t.recovery.verifyHeading);
  const [token] = useState(tokenFromFragment);
  const verify = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/auth/verify-email", { body: { token } })),
  });
  useEffect(() => {
    if (token) verify.mutate();
  }, [token, verify.mutate]);
  return (
    <div class="page page--narrow auth-page">
      <h1>{t.recovery.verifyHeading}</h1>
      {!token && <Notice kind="alert">{t.recovery.noToken}</Notice>}
      {verify.isPending && <Spinner label={t.loading} />}
      {verify.isSuccess && (
        <Notice>
          {t.recovery.verified} <a href="/">{t.nav.home}</a>
        </Notice>
      )}
      {verify.isError && <Notice kind="alert">{problemText(verify.error)}</Notice>}
    </div>
  );
}
