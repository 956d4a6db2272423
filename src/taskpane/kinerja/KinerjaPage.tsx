import { Button, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelHost } from "../../excel/host";
import type { PetaLembar } from "../../domain/baca";
import { useT } from "../i18n";
import { hurufKolom, labelLewati, labelPeran } from "./label";
import { useBacaLembar } from "./use-baca-lembar";

const useStyles = makeStyles({ page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" } });

export function KinerjaPage(props: { host: ExcelHost; today: Date }) {
  const t = useT();
  const styles = useStyles();
  const { state, baca } = useBacaLembar(props.host);
  return (
    <div className={styles.page}>
      <Text>{t("kinerja.intro")}</Text>
      <Button appearance="primary" disabled={state.kind === "membaca"} onClick={() => void baca()}>{t("kinerja.baca")}</Button>
      {state.kind === "membaca" && <Spinner size="small" label={t("kinerja.membaca")} />}
      {state.kind === "lembar-kosong" && <Pesan intent="warning" teks={t("kinerja.lembar-kosong", { nama: state.nama })} />}
      {state.kind === "terbaca" && state.hasil.kind === "header-tidak-ditemukan" && <Pesan intent="warning" teks={t("kinerja.header-tidak-ditemukan", { nama: state.nama })} />}
      {state.kind === "terbaca" && state.hasil.kind === "kolom-indikator-tidak-ada" && <Pesan intent="warning" teks={t("kinerja.indikator-tidak-ada", { nama: state.nama })} />}
      {state.kind === "terbaca" && state.hasil.kind === "ok" && <Peta nama={state.nama} peta={state.hasil.peta} />}
    </div>
  );
}

function Pesan(props: { intent: "warning" | "info"; teks: string }) {
  return <MessageBar intent={props.intent}><MessageBarBody>{props.teks}</MessageBarBody></MessageBar>;
}

/** The mapping Evapor understood: which column holds what, and which rows it leaves out, with their rows. */
function Peta(props: { nama: string; peta: PetaLembar }) {
  const t = useT();
  const { peta } = props;
  const baris = (r: number) => r + 1;
  return (
    <>
      <Text weight="semibold">
        {t("kinerja.ringkas", { nama: props.nama, header: peta.barisHeader.map(baris).join("–"), jumlah: peta.barisData.length })}
      </Text>
      <Table size="extra-small" aria-label={t("kinerja.tabel-kolom")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("kinerja.kolom")}</TableHeaderCell>
            <TableHeaderCell>{t("kinerja.judul")}</TableHeaderCell>
            <TableHeaderCell>{t("kinerja.dibaca-sebagai")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {peta.kolom.map((k) => (
            <TableRow key={k.kolom}>
              <TableCell>{hurufKolom(k.kolom)}</TableCell>
              <TableCell>{k.judul}</TableCell>
              <TableCell>{labelPeran(k.peran, t)}{k.sub ? ` (${k.sub})` : ""}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {peta.barisDilewati.filter((d) => d.alasan !== "kosong").length > 0 && (
        <ul aria-label={t("kinerja.dilewati")}>
          {peta.barisDilewati.filter((d) => d.alasan !== "kosong").map((d) => (
            <li key={d.baris}>{t("kinerja.baris-dilewati", { baris: baris(d.baris), alasan: labelLewati(d.alasan, t) })}</li>
          ))}
        </ul>
      )}
    </>
  );
}
