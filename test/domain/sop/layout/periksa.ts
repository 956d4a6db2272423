/**
 * The layout invariants, checked from the outside: returns every violation as a sentence (empty
 * = all hold), so a failing generated SOP says what broke.
 */
import { targetCabang, type Sop, type TataFlowchart } from "../../../../src/domain/sop";
import { didalam, memotongKotak, padaTepi, tumpang, type Elemen } from "./bentuk";

const kelipatanPiksel = (x: number) => Math.abs(x / 0.75 - Math.round(x / 0.75)) < 1e-6;

export function periksaTata(sop: Sop, t: TataFlowchart): string[] {
  const salah: string[] = [];
  const cek = (ok: boolean, pesan: string) => { if (!ok) salah.push(pesan); };

  // rows: contiguous, whole pixels; columns: whole pixels, table fits the page width
  t.baris.forEach((b, i) => {
    cek(b.indeks === i, `baris ${i}: indeks ${b.indeks}`);
    cek(i === 0 ? b.y === t.asal.y : Math.abs(b.y - (t.baris[i - 1].y + t.baris[i - 1].tinggi)) < 1e-6, `baris ${i} not contiguous`);
    cek(kelipatanPiksel(b.tinggi), `baris ${i}: height ${b.tinggi} not whole pixels`);
  });
  t.kolom.forEach((k) => cek(kelipatanPiksel(k.lebar), `kolom ${k.kunci}: width ${k.lebar} not whole pixels`));
  cek(t.lebar <= t.halamanKertas.lebarCetak + 1e-6, `table ${t.lebar} wider than the page ${t.halamanKertas.lebarCetak}`);

  const simbol = t.halaman.flatMap((h) => h.simbol);
  const konektor = t.halaman.flatMap((h) => h.konektor);
  const panah = t.halaman.flatMap((h) => h.panah);
  const label = t.halaman.flatMap((h) => h.label);
  const elemen: Elemen[] = [
    ...simbol.map((s) => ({ ...s, bentuk: s.bentuk })),
    ...konektor.map((k) => ({ ...k, bentuk: "pentagon" as const })),
  ];
  const byId = new Map(elemen.map((e) => [e.id, e]));
  cek(simbol.length === sop.langkah.length, `${simbol.length} symbols for ${sop.langkah.length} steps`);

  // no two symbols (or connectors) overlap; labels cover none
  for (let i = 0; i < elemen.length; i++) {
    for (let j = i + 1; j < elemen.length; j++) cek(!tumpang(elemen[i], elemen[j]), `${elemen[i].id} overlaps ${elemen[j].id}`);
    for (const l of label) cek(!tumpang(l, elemen[i]), `${l.id} covers ${elemen[i].id}`);
  }

  // every symbol inside its column(s) and its row, clear of the routing lane
  const kolomPel = t.kolom.filter((k) => k.pelaksana !== undefined);
  for (const s of simbol) {
    const l = sop.langkah.find((x) => x.id === s.langkahId);
    const baris = t.baris[s.baris];
    cek(baris.jenis === "langkah" && baris.langkahId === s.langkahId, `${s.id} not in its step row`);
    cek(s.y >= baris.y && s.y + s.tinggi <= baris.y + baris.tinggi, `${s.id} sticks out of its row`);
    if (l && l.pelaksana.length > 0) {
      cek(s.pelaksanaAwal === Math.min(...l.pelaksana) && s.pelaksanaAkhir === Math.max(...l.pelaksana), `${s.id} in the wrong columns`);
    }
    const a = kolomPel[s.pelaksanaAwal], b = kolomPel[s.pelaksanaAkhir];
    cek(s.x >= a.x && s.x + s.lebar <= b.x + b.lebar, `${s.id} outside its columns`);
    cek(s.x + s.lebar <= t.jalur.x, `${s.id} reaches into the routing lane`);
  }
  // connectors go in the pelaksana area, spilling over the empty KEGIATAN cell of a crowded connector row
  const kiriPel = t.kolom[1].x, kananPel = kolomPel[kolomPel.length - 1].x + kolomPel[kolomPel.length - 1].lebar;
  for (const k of konektor) {
    const baris = t.baris[k.baris];
    cek(baris.jenis === (k.arah === "keluar" ? "konektor-bawah" : "konektor-atas"), `${k.id} in a ${baris.jenis} row`);
    cek(k.y >= baris.y && k.y + k.tinggi <= baris.y + baris.tinggi, `${k.id} sticks out of its row`);
    cek(k.x >= kiriPel && k.x + k.lebar <= kananPel, `${k.id} outside the pelaksana area`);
  }

  // arrows: orthogonal polylines joining two elements, crossing none
  for (const p of panah) {
    const dari = byId.get(p.dari), ke = byId.get(p.ke);
    if (!dari || !ke) { salah.push(`${p.id}: unknown end`); continue; }
    cek(p.titik.length >= 2, `${p.id}: fewer than 2 points`);
    cek(padaTepi(dari, p.titik[0]), `${p.id}: start ${JSON.stringify(p.titik[0])} not on ${dari.id}`);
    cek(padaTepi(ke, p.titik[p.titik.length - 1]), `${p.id}: end ${JSON.stringify(p.titik[p.titik.length - 1])} not on ${ke.id}`);
    for (let i = 1; i < p.titik.length; i++) {
      const a = p.titik[i - 1], b = p.titik[i];
      cek(Math.abs(a.x - b.x) < 1e-9 || Math.abs(a.y - b.y) < 1e-9, `${p.id}: segment ${i} not orthogonal`);
      for (const e of elemen) {
        if (e.id === p.dari || e.id === p.ke) {
          for (let f = 0.05; f < 1; f += 0.05) {
            const q = { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
            if (didalam(e, q, -0.05)) { salah.push(`${p.id}: segment ${i} runs inside ${e.id}`); break; }
          }
        } else cek(!memotongKotak(a, b, e), `${p.id}: segment ${i} crosses ${e.id}`);
      }
    }
  }

  // no sideways segment runs along a row border: printed, it would vanish into the table's grid line
  const batas = t.baris.map((b) => b.y + b.tinggi);
  for (const p of panah) {
    for (let i = 1; i < p.titik.length; i++) {
      const a = p.titik[i - 1], b = p.titik[i];
      if (Math.abs(a.y - b.y) < 1e-9 && Math.abs(a.x - b.x) > 1e-9) {
        cek(!batas.some((y) => Math.abs(y - a.y) < 1.5), `${p.id}: segment ${i} runs along a row border at y ${a.y}`);
      }
    }
  }

  // connectors: each letter has one masuk; the flow's letter one keluar, a branch target's one per source page
  const perHuruf = new Map<string, typeof konektor>();
  for (const k of konektor) perHuruf.set(k.huruf, [...(perHuruf.get(k.huruf) ?? []), k]);
  const halamanDari = (id: string) => t.halaman.findIndex((h) => h.konektor.some((k) => k.id === id));
  for (const [huruf, ks] of perHuruf) {
    const masuk = ks.filter((k) => k.arah === "masuk"), keluar = ks.filter((k) => k.arah === "keluar");
    cek(masuk.length === 1 && keluar.length >= 1, `letter ${huruf}: ${masuk.length} masuk, ${keluar.length} keluar`);
    cek(ks.every((k) => k.jenis === ks[0].jenis), `letter ${huruf}: flow and branch mixed`);
    if (ks[0].jenis === "alur") cek(keluar.length === 1, `letter ${huruf}: flow pair with ${keluar.length} keluar`);
    const halamanKeluar = keluar.map((k) => halamanDari(k.id));
    cek(new Set(halamanKeluar).size === halamanKeluar.length, `letter ${huruf}: two keluar on one page`);
    if (masuk.length === 1) cek(!halamanKeluar.includes(halamanDari(masuk[0].id)), `letter ${huruf}: keluar and masuk on one page`);
  }
  for (const k of konektor) {
    const masuk = panah.filter((p) => p.ke === k.id).length, keluar = panah.filter((p) => p.dari === k.id).length;
    if (k.arah === "keluar") cek(masuk >= 1 && keluar === 0, `${k.id}: ${masuk} in, ${keluar} out`);
    else cek(masuk === 0 && keluar === 1, `${k.id}: ${masuk} in, ${keluar} out`);
  }

  // the flow: where it reaches a step, directly or through a connector pair
  const tujuan = (panahId: string): string | undefined => {
    const p = panah.find((x) => x.id === panahId);
    const ke = p && byId.get(p.ke);
    if (!p || !ke) return undefined;
    if (ke.bentuk !== "pentagon") return p.ke;
    const pasangan = konektor.find((k) => k.huruf === konektor.find((x) => x.id === ke.id)?.huruf && k.arah === "masuk");
    return panah.find((x) => x.dari === pasangan?.id)?.ke;
  };
  sop.langkah.forEach((l, i) => {
    const keluar = panah.filter((p) => p.dari === `simbol:${l.id}`);
    if (l.jenis === "keputusan") {
      for (const c of ["ya", "tidak"] as const) {
        const p = keluar.filter((x) => x.cabang === c);
        cek(p.length === 1, `${l.id}: ${p.length} ${c} exits`);
        if (p.length !== 1) continue;
        const target = targetCabang(sop, l.id, (l.cabang ?? { ya: null, tidak: null })[c]);
        cek(tujuan(p[0].id) === `simbol:${target?.id}`, `${l.id}: ${c} leads to ${tujuan(p[0].id)}, not ${target?.id}`);
        const lab = label.filter((x) => x.panahId === p[0].id);
        cek(lab.length === 1 && lab[0].teks === (c === "ya" ? "Ya" : "Tidak"), `${l.id}: ${c} exit unlabelled`);
      }
    } else if (i < sop.langkah.length - 1) {
      cek(keluar.length === 1 && tujuan(keluar[0].id) === `simbol:${sop.langkah[i + 1].id}`, `${l.id}: does not flow to the next step`);
    } else cek(keluar.length === 0, `${l.id}: the last step has an exit`);
  });

  // pages: N steps each, a flow pair at every break the flow crosses, each fits the paper's printable height
  const tinggiKepala = t.kepala.reduce((s, b) => s + b.tinggi, 0);
  t.halaman.forEach((h, p) => {
    const jumlah = h.baris.reduce((s, b) => s + b.tinggi, 0);
    cek(Math.abs(h.tinggiCetak - tinggiKepala - jumlah) < 1e-6, `page ${h.nomor}: tinggiCetak ${h.tinggiCetak}`);
    cek(h.tinggiCetak <= t.halamanKertas.tinggiCetak, `page ${h.nomor}: ${h.tinggiCetak} pt > ${t.halamanKertas.tinggiCetak}`);
    const langkah = h.baris.filter((b) => b.jenis === "langkah").length;
    cek(langkah === (p < t.halaman.length - 1 ? t.langkahPerHalaman : langkah) && langkah >= 1, `page ${h.nomor}: ${langkah} steps`);
    const akhir = h.simbol[h.simbol.length - 1];
    const berikut = t.halaman[p + 1]?.simbol[0];
    if (!berikut) return;
    // the flow crosses the break unless the page ends with a decision whose branches both go elsewhere
    const l = sop.langkah.find((x) => `simbol:${x.id}` === akhir.id);
    const lanjut = l?.jenis !== "keputusan" || (["ya", "tidak"] as const)
      .some((c) => `simbol:${targetCabang(sop, l.id, (l.cabang ?? { ya: null, tidak: null })[c])?.id}` === berikut.id);
    if (!lanjut) return;
    const k = h.konektor.find((x) => x.jenis === "alur" && x.arah === "keluar");
    const k2 = t.halaman[p + 1].konektor.find((x) => x.jenis === "alur" && x.arah === "masuk");
    cek(!!k && !!k2 && k.huruf === k2.huruf, `break after page ${h.nomor}: no connector pair`);
    cek(!!k && Math.abs(k.x + k.lebar / 2 - (akhir.x + akhir.lebar / 2)) < 1e-6, `break after page ${h.nomor}: foot connector not in the flow's column`);
  });
  return salah;
}
