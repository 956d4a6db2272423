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
  const host = connection.kind === "ready" ? connection.host : null;
  const problem = hostProblem(host, webviewFacts(globalThis));
  if (problem || !host) {
    root.render(<HostProblemScreen problem={problem ?? "no-host"} displayLanguage={navigator.language} />);
    return;
  }
  root.render(<EvaporApp host={host} />);
}

void start();
