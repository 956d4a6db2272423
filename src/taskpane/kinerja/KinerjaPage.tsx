import { Button, Divider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelHost } from "../../excel/host";
import { useT } from "../i18n";
import { BagianIku } from "./BagianIku";
import { HasilBaca } from "./HasilBaca";
import { pesanHasil } from "./pesan";
import { useKinerja } from "./use-kinerja";

const useStyles = makeStyles({ page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch", minWidth: 0 } });

/** The Kinerja page: the standard IKU sheet, and reading the user's own sheet into capaian and predikat. */
export function KinerjaPage(props: { host: ExcelHost; today: Date; aktif?: boolean }) {
  const t = useT();
  const styles = useStyles();
  const { state, dispatch, pengaturan, baca, tambahKolom, buatIku } = useKinerja(props.host, props.today, props.aktif ?? true);
  const b = state.baca;
  const pesan = state.pesan ? pesanHasil(state.pesan, t) : null;
  return (
    <div className={styles.page}>
      <div role="status" aria-live="polite">
        {pesan && <MessageBar intent={pesan.intent}><MessageBarBody>{pesan.teks}</MessageBarBody></MessageBar>}
        {state.sibuk === "menambah-kolom" && <Spinner size="small" label={t("kinerja.kolom.menambah")} />}
        {state.sibuk === "membuat-iku" && <Spinner size="small" label={t("kinerja.iku.membuat")} />}
      </div>
      <BagianIku tahun={pengaturan.tahun} state={state} onBuat={(isi, ganti) => void buatIku(isi, ganti)} onBatal={() => dispatch({ kind: "batal-ganti" })} />
      <Divider />
      <Text>{t("kinerja.intro")}</Text>
      <div>
        <Button appearance="primary" disabled={b.kind === "membaca"} onClick={() => void baca()}>{t("kinerja.baca")}</Button>
      </div>
      {b.kind === "membaca" && <Spinner size="small" label={t("kinerja.membaca")} />}
      {b.kind === "lembar-kosong" && <Pesan teks={t("kinerja.lembar-kosong", { nama: b.nama })} />}
      {b.kind === "tanpa-peta" && <Pesan teks={t(b.alasan === "header-tidak-ditemukan" ? "kinerja.header-tidak-ditemukan" : "kinerja.indikator-tidak-ada", { nama: b.nama })} />}
      {b.kind === "terbaca" && (
        <HasilBaca bacaan={b.bacaan} state={state} skala={pengaturan.skala} dispatch={dispatch}
          onTambahKolom={() => void tambahKolom()} onBuatIku={(isi, ganti) => void buatIku(isi, ganti)} />
      )}
    </div>
  );
}

function Pesan(props: { teks: string }) {
  return <MessageBar intent="warning"><MessageBarBody>{props.teks}</MessageBarBody></MessageBar>;
}
