// Every route of the viewer app, in one file. The player's code (and hls.js) loads only when it is opened.

import { lazy, Route, Router } from "preact-iso";
import { ProfileEditPage, ProfileNewPage } from "./features/accounts/ProfileEditPage";
import { ProfilesPage } from "./features/accounts/ProfilesPage";
import { ForgotPasswordPage, ResetPasswordPage, VerifyEmailPage } from "./features/accounts/RecoveryPages";
import { SignInPage, SignUpPage } from "./features/accounts/SignInPage";
import { BrowsePage } from "./features/catalog/BrowsePage";
import { TitlePage } from "./features/catalog/TitlePage";
import { ActivatePage } from "./features/devices/ActivatePage";
import { DevicesPage } from "./features/devices/DevicesPage";
import { HomePage } from "./features/home/HomePage";
import { LivePage } from "./features/livetv/LivePage";
import { NotificationsPage } from "./features/notifications/NotificationsPage";
import { SearchPage } from "./features/search/SearchPage";
import { NotFoundPage } from "./layout/NotFoundPage";

const PlayerPage = lazy(() => import("./features/playback/PlayerPage"));
const ChannelPage = lazy(() => import("./features/livetv/ChannelPage"));

export const paths = {
  home: "/",
  signIn: "/sign-in",
  signUp: "/sign-up",
  profiles: "/profiles",
  newProfile: "/profiles/new",
  editProfile: (id: number) => `/profiles/${id}/edit`,
  title: (id: number) => `/title/${id}`,
  watch: (id: number, episode?: number) => (episode ? `/watch/${id}?episode=${episode}` : `/watch/${id}`),
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  browse: "/browse",
  activate: "/activate", // the TV sign-in's verification_uri (VUGA_DEVICES_VERIFICATION_URI)
  live: (category?: string) => (category ? `/live?category=${encodeURIComponent(category)}` : "/live"),
  channel: (id: number) => `/live/${id}`,
  devices: "/devices",
  notifications: "/notifications",
} as const;

export function AppRoutes() {
  return (
    <Router>
      <Route path="/" component={HomePage} />
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/sign-up" component={SignUpPage} />
      <Route path="/forgot-password" component={ForgotPasswordPage} />
      <Route path="/reset-password" component={ResetPasswordPage} />
      <Route path="/verify-email" component={VerifyEmailPage} />
      <Route path="/profiles" component={ProfilesPage} />
      <Route path="/profiles/new" component={ProfileNewPage} />
      <Route path="/profiles/:id/edit" component={ProfileEditPage} />
      <Route path="/title/:id" component={TitlePage} />
      <Route path="/watch/:id" component={PlayerPage} />
      <Route path="/search" component={SearchPage} />
      <Route path="/browse" component={BrowsePage} />
      <Route path="/activate" component={ActivatePage} />
      <Route path="/live" component={LivePage} />
      <Route path="/live/:id" component={ChannelPage} />
      <Route path="/devices" component={DevicesPage} />
      <Route path="/notifications" component={NotificationsPage} />
      <Route default component={NotFoundPage} />
    </Router>
  );
}
