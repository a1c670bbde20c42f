import { ApiError } from "@vuga/api";
import { Button, Notice, TextField } from "@vuga/ui";
import { useState } from "preact/hooks";
import { appSession } from "../../api";
import { usePageTitle } from "../../layout/page";

function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.status === 401)
    return "That email and password do not match an account.";
  if (error instanceof ApiError && error.status < 500) return error.message;
  return "The server could not sign you in just now. Try again in a moment.";
}

export function SignInPage() {
  usePageTitle("Sign in");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main class="admin-auth">
      <h1>VUGA TV admin</h1>
      <p>Sign in with an editor or admin account.</p>
      {error !== null && <Notice kind="alert">{messageOf(error)}</Notice>}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          setBusy(true);
          setError(null);
          try {
            await appSession.signIn(String(form.get("email")), String(form.get("password")));
          } catch (caught) {
            setError(caught);
          } finally {
            setBusy(false);
          }
        }}
      >
        <TextField label="Email" name="email" type="email" autocomplete="username" required />
        <TextField
          label="Password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <Button type="submit" busy={busy}>
          Sign in
        </Button>
      </form>
    </main>
  );
}

export function NotAllowedPage({ email }: { email: string }) {
  usePageTitle("Not allowed");
  return (
    <main class="admin-auth">
      <h1>Not allowed</h1>
      <Notice kind="alert">
        The account {email} is a viewer's: the admin is for editors and admins. Ask an admin to give this
        account the editor role, or sign in with another account.
      </Notice>
      <p>
        <a href="/">Go to VUGA TV</a>
      </p>
      <Button variant="secondary" onClick={() => void appSession.signOut()}>
        Sign out
      </Button>
    </main>
  );
}
