import "@vuga/ui/tokens.css";
import "@vuga/ui/ui.css";
import "./app.css";
import { QueryClientProvider } from "@tanstack/preact-query";
import { render } from "preact";
import { LocationProvider } from "preact-iso";
import { queryClient } from "./api";
import { Shell } from "./layout/Shell";
import { AdminRoutes } from "./routes";

function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocationProvider>
        <Shell>
          <AdminRoutes />
        </Shell>
      </LocationProvider>
    </QueryClientProvider>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
