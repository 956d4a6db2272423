import { Button, Field, Input, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n";
import type { BidangBa, DrafBeritaAcara, EditBa } from "./state-berita-acara";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  anggota: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalM, borderLeft: `2px solid ${tokens.colorNeutralStroke2}` },
  tombol: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The Berita Acara form: date, place, number, the team (add/remove), its chair, follow-up lines. */
export function FormBeritaAcara(props: { draf: DrafBeritaAcara; salah: readonly BidangBa[]; sibuk: boolean; ubah: (e: EditBa) => void; kirim: () => void; batal: () => void }) {
  const t = useT();
  const styles = useStyles();
  const { draf, ubah } = props;
  const salah = (b: BidangBa, pesan = t("evaluasi.tl.form.wajib-diisi")) =>
    props.salah.includes(b) ? { validationState: "error" as const, validationMessage: pesan } : {};
  return (
    <form noValidate className={styles.form} aria-labelledby="evaluasi-ba" onSubmit={(e) => { e.preventDefault(); props.kirim(); }}>
      <Subtitle2 as="h4" id="evaluasi-ba">{t("evaluasi.ba.judul")}</Subtitle2>
      <Field label={t("evaluasi.ba.tanggal")} required hint={t("evaluasi.tl.form.batasWaktu-petunjuk")} {...salah("tanggal", t("evaluasi.tl.form.tanggal-tidak-valid"))}>
        <Input value={draf.tanggal} onChange={(_, d) => ubah({ kind: "isi", field: "tanggal", nilai: d.value })} />
      </Field>
      <Field label={t("evaluasi.ba.tempat")} required {...salah("tempat")}>
        <Input value={draf.tempat} onChange={(_, d) => ubah({ kind: "isi", field: "tempat", nilai: d.value })} />
      </Field>
      <Field label={t("evaluasi.ba.nomor")} required {...salah("nomor")}>
        <Input value={draf.nomor} onChange={(_, d) => ubah({ kind: "isi", field: "nomor", nilai: d.value })} />
      </Field>
      <fieldset className={styles.form}>
        <legend>{t("evaluasi.ba.tim")}</legend>
        {draf.tim.map((a, i) => (
          <div key={i} className={styles.anggota}>
            <Field label={t("evaluasi.ba.anggota-nama", { n: i + 1 })} {...(i === 0 ? salah("tim", t("evaluasi.ba.tim-kosong")) : {})}>
              <Input value={a.nama} onChange={(_, d) => ubah({ kind: "anggota", index: i, field: "nama", nilai: d.value })} />
            </Field>
            <Field label={t("evaluasi.ba.anggota-jabatan", { n: i + 1 })}>
              <Input value={a.jabatan} onChange={(_, d) => ubah({ kind: "anggota", index: i, field: "jabatan", nilai: d.value })} />
            </Field>
            <Field label={t("evaluasi.ba.anggota-nip", { n: i + 1 })}>
              <Input value={a.nip} inputMode="numeric" onChange={(_, d) => ubah({ kind: "anggota", index: i, field: "nip", nilai: d.value })} />
            </Field>
            {draf.tim.length > 1 && <div><Button size="small" onClick={() => ubah({ kind: "hapus-anggota", index: i })}>{t("evaluasi.ba.hapus-anggota", { n: i + 1 })}</Button></div>}
          </div>
        ))}
        <div><Button size="small" onClick={() => ubah({ kind: "tambah-anggota" })}>{t("evaluasi.ba.tambah-anggota")}</Button></div>
      </fieldset>
      <Field label={t("evaluasi.ba.ketua-nama")} required {...salah("ketuaNama")}>
        <Input value={draf.ketuaNama} onChange={(_, d) => ubah({ kind: "isi", field: "ketuaNama", nilai: d.value })} />
      </Field>
      <Field label={t("evaluasi.ba.ketua-nip")}>
        <Input value={draf.ketuaNip} inputMode="numeric" onChange={(_, d) => ubah({ kind: "isi", field: "ketuaNip", nilai: d.value })} />
      </Field>
      <Field label={t("evaluasi.ba.tindak-lanjut")} hint={t("evaluasi.ba.tindak-lanjut-petunjuk")}>
        <Textarea value={draf.tindakLanjut} resize="vertical" onChange={(_, d) => ubah({ kind: "isi", field: "tindakLanjut", nilai: d.value })} />
      </Field>
      <div className={styles.tombol}>
        <Button type="submit" appearance="primary" disabled={props.sibuk}>{t("evaluasi.ba.sisipkan")}</Button>
        <Button onClick={props.batal}>{t("evaluasi.ba.batal")}</Button>
      </div>
    </form>
  );
}
