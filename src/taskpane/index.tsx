/** The add-in's entry: connect to Office, check the host, then render the pane into #root. */
import { createRoot } from "react-dom/client";
import { connectOffice } from "../excel/office-host";
import { EvaporApp, HostProblemScreen } from "./App";
import { hostProblem, webviewFacts } from "./host-problem";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const connection = await connectOffice();
  const problem = hostProblem(connection, webviewFacts(globalThis));
  if (connection.kind !== "ready") {
    // Without Office, the browser's language is the best guess of the user's.
    root.render(<HostProblemScreen problem={problem ?? "no-host"} displayLanguage={navigator.language} />);
  } else if (problem) {
    root.render(<HostProblemScreen problem={problem} displayLanguage={connection.host.displayLanguage} officeTheme={connection.host.officeTheme} />);
  } else {
    root.render(<EvaporApp host={connection.host} />);
  }
}

void start();
