import "@vuga/ui/tokens.css";
import "@vuga/ui/ui.css";
import "./app.css";
import { QueryClientProvider } from "@tanstack/preact-query";
import { render } from "preact";
import { LocationProvider } from "preact-iso";
import { queryClient } from "./api";
import { startSendingQueuedBeats } from "./features/playback/heartbeats";
import { Shell } from "./layout/Shell";
import { registerServiceWorker } from "./offline/register";
import { AppRoutes } from "./routes";

function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocationProvider>
        <Shell>
          <AppRoutes />
        </Shell>
      </LocationProvider>
    </QueryClientProvider>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
registerServiceWorker();
startSendingQueuedBeats();
