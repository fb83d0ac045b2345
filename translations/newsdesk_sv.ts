<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutBox</name>
    <message>
        <source>newsdesk %1</source>
        <translation>newsdesk %1</translation>
    </message>
    <message>
        <source>An offline reader for news listings: import listing files, then search, filter, read and star their items.</source>
        <translation>En läsare för nyhetslistor som fungerar utan nätanslutning: importera listfiler och sök sedan, filtrera, läs och stjärnmärk nyheterna.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later</source>
        <translation>Licens: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>About newsdesk</source>
        <translation>Om newsdesk</translation>
    </message>
</context>
<context>
    <name>CacheFile</name>
    <message>
        <source>The cache %1 was found damaged while it was read: %2</source>
        <translation>Cachen %1 visade sig vara skadad när den lästes: %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: its first bytes are not those of an SQLite database.</source>
        <translation>Cachen %1 är skadad: dess första byte är inte en SQLite-databas.</translation>
    </message>
    <message>
        <source>%1 is not a newsdesk cache: it is not an SQLite database. newsdesk leaves it untouched; choose another cache with --db.</source>
        <translation>%1 är ingen newsdesk-cache: den är ingen SQLite-databas. newsdesk lämnar den orörd; välj en annan cache med --db.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: the file is cut short (%2 bytes).</source>
        <translation>Cachen %1 är skadad: filen är avkortad (%2 byte).</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: its header is not valid.</source>
        <translation>Cachen %1 är skadad: dess filhuvud är ogiltigt.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: the write-ahead log beside it (%2) belongs to another database.</source>
        <translation>Cachen %1 är skadad: transaktionsloggen bredvid den (%2) hör till en annan databas.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: the file is cut short (%2 bytes; its header speaks of %3).</source>
        <translation>Cachen %1 är skadad: filen är avkortad (%2 byte; dess filhuvud anger %3).</translation>
    </message>
    <message>
        <source>Cannot set the damaged cache %1 aside as %2: %3</source>
        <translation>Kan inte lägga undan den skadade cachen %1 som %2: %3</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <source>The damaged cache %1 could not be set aside: %2</source>
        <translation>Den skadade cachen %1 kunde inte läggas undan: %2</translation>
    </message>
    <message>
        <source>The damaged cache %1 was set aside as %2.</source>
        <translation>Den skadade cachen %1 lades undan som %2.</translation>
    </message>
    <message>
        <source>newsdesk remembers no listing files for it: the new cache is empty. Import your listing files again (newsdesk import); your read and starred marks are kept and come back with the items.</source>
        <translation>newsdesk minns inga listningsfiler för den: den nya cachen är tom. Importera dina listningsfiler igen (newsdesk import); dina läst- och stjärnmarkeringar finns kvar och kommer tillbaka med nyheterna.</translation>
    </message>
    <message numerus="yes">
        <source>A new cache was built from the %n listing file(s) and folder(s) newsdesk remembers, with %1 items; your read and starred marks are kept.</source>
        <translation>
            <numerusform>En ny cache byggdes från den listningsfil eller mapp som newsdesk minns, med %1 nyheter; dina läst- och stjärnmarkeringar finns kvar.</numerusform>
            <numerusform>En ny cache byggdes från de %n listningsfiler och mappar som newsdesk minns, med %1 nyheter; dina läst- och stjärnmarkeringar finns kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged cache %1 cannot be set aside now: an import into it is running (process %2). It will be set aside and rebuilt the next time newsdesk opens it after that import has ended.</source>
        <translation>Den skadade cachen %1 kan inte läggas undan nu: en import till den pågår (process %2). Den läggs undan och byggs om nästa gång newsdesk öppnar den efter att importen är klar.</translation>
    </message>
    <message>
        <source>The damaged cache %1 cannot be set aside now: an import into it is running. It will be set aside and rebuilt the next time newsdesk opens it after that import has ended.</source>
        <translation>Den skadade cachen %1 kan inte läggas undan nu: en import till den pågår. Den läggs undan och byggs om nästa gång newsdesk öppnar den efter att importen är klar.</translation>
    </message>
</context>
<context>
    <name>CacheUsers</name>
    <message>
        <source>cannot open the lock file %1: %2</source>
        <translation>kan inte öppna låsfilen %1: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>kan inte låsa %1: %2</translation>
    </message>
    <message>
        <source>The damaged cache %1 cannot be set aside now: another newsdesk (a window or a command) has it open. It will be set aside and rebuilt the next time newsdesk opens it after that one has closed it.</source>
        <translation>Den skadade cachen %1 kan inte läggas undan nu: ett annat newsdesk (ett fönster eller ett kommando) har den öppen. Den läggs undan och byggs om nästa gång newsdesk öppnar den efter att det andra har stängt den.</translation>
    </message>
</context>
<context>
    <name>CategoriesCommand</name>
    <message>
        <source>List the categories with the number of items in each.</source>
        <translation>Lista kategorierna med antalet nyheter i varje.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 on usage or cache errors.</source>
        <translation>Slutstatus: 0 när allt gick bra; 1 vid fel i anropet eller i cachen.</translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Utan kategori</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s), %2 unread</source>
        <translation>
            <numerusform>%1: %n nyhet, %2 olästa</numerusform>
            <numerusform>%1: %n nyheter, %2 olästa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryPane</name>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorier</translation>
    </message>
    <message>
        <source>Find a category</source>
        <translation>Sök kategori</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Match &amp;all checked categories</source>
        <translation>Kräv &amp;alla markerade kategorier</translation>
    </message>
    <message>
        <source>Off: items in any checked category. On: items in every checked category.</source>
        <translation>Av: nyheter i någon av de markerade kategorierna. På: nyheter i alla markerade kategorier.</translation>
    </message>
    <message>
        <source>Category actions</source>
        <translation>Kategoriåtgärder</translation>
    </message>
    <message>
        <source>Show &amp;Only This Category</source>
        <translation>Visa &amp;bara den här kategorin</translation>
    </message>
    <message>
        <source>&amp;Export This Category…</source>
        <translation>&amp;Exportera den här kategorin…</translation>
    </message>
</context>
<context>
    <name>ClipboardExporter</name>
    <message>
        <source>Clipboard (text and HTML)</source>
        <translation>Urklipp (text och HTML)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Use the cache FILE instead of the default (%1).</source>
        <translation>Använd cachen FIL i stället för standardcachen (%1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Only items in category NAME (repeat for several).</source>
        <translation>Endast nyheter i kategorin NAMN (upprepa för flera).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>With several categories: items in any of them, or in all (default: any).</source>
        <translation>Med flera kategorier: nyheter i någon av dem (any) eller i alla (all) (standard: any).</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>SÖKTEXT</translation>
    </message>
    <message>
        <source>Only unread items.</source>
        <translation>Endast olästa nyheter.</translation>
    </message>
    <message>
        <source>Only starred items.</source>
        <translation>Endast stjärnmärkta nyheter.</translation>
    </message>
    <message>
        <source>Only the items of the listing FILE, in its order.</source>
        <translation>Endast nyheterna i nyhetslistan FIL, i dess ordning.</translation>
    </message>
    <message>
        <source>Output format: text, tsv or json (default: text).</source>
        <translation>Utdataformat: text, tsv eller json (standard: text).</translation>
    </message>
    <message>
        <source>newsdesk %1: unknown format “%2” (text, tsv or json).</source>
        <translation>newsdesk %1: okänt format ”%2” (text, tsv eller json).</translation>
    </message>
    <message>
        <source>Try “newsdesk %1 --help”.</source>
        <translation>Prova ”newsdesk %1 --help”.</translation>
    </message>
    <message>
        <source>newsdesk %1: unexpected argument “%2”.</source>
        <translation>newsdesk %1: oväntat argument ”%2”.</translation>
    </message>
    <message>
        <source>newsdesk: --match takes “any” or “all”, not “%1”.</source>
        <translation>newsdesk: --match tar ”any” eller ”all”, inte ”%1”.</translation>
    </message>
    <message>
        <source>newsdesk: run the command again: what it printed so far came from the damaged cache.</source>
        <translation>newsdesk: kör kommandot igen: det som skrevs ut hittills kom från den skadade cachen.</translation>
    </message>
    <message>
        <source>newsdesk: rebuilding the cache: file %1 of %2: %3</source>
        <translation>newsdesk: bygger om cachen: fil %1 av %2: %3</translation>
    </message>
    <message>
        <source>newsdesk: the cache may only be read here, so it cannot be rebuilt in place. Where its folder may be written, run “newsdesk import --db %1”: the damaged file is set aside and the cache rebuilt from the listing files newsdesk remembers (your read and starred marks are kept in %2).</source>
        <translation>newsdesk: cachen får bara läsas här och kan därför inte byggas om på plats. Kör “newsdesk import --db %1” där dess mapp får skrivas: den skadade filen läggs undan och cachen byggs om från de listningsfiler newsdesk minns (dina läst- och stjärnmarkeringar finns kvar i %2).</translation>
    </message>
    <message>
        <source>newsdesk: waiting for another import into %1 (process %2)…</source>
        <translation>newsdesk: väntar på en annan import till %1 (process %2)…</translation>
    </message>
    <message>
        <source>newsdesk: waiting for another import into %1…</source>
        <translation>newsdesk: väntar på en annan import till %1…</translation>
    </message>
    <message numerus="yes">
        <source>newsdesk %1: %Ln item(s) of an interrupted import are not yet searchable; adding them to the search index first.</source>
        <translation>
            <numerusform>newsdesk %1: %Ln nyhet från en avbruten import är ännu inte sökbar; den läggs till i sökindexet först.</numerusform>
            <numerusform>newsdesk %1: %Ln nyheter från en avbruten import är ännu inte sökbara; de läggs till i sökindexet först.</numerusform>
        </translation>
    </message>
    <message>
        <source>newsdesk %1: search index: %L2 of %L3 items added.</source>
        <translation>newsdesk %1: sökindex: %L2 av %L3 nyheter tillagda.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 on usage or cache errors; 3 when the output is incomplete: items an interrupted import left are not yet in the search index and the cache may only be read here (“newsdesk import --finish-index” adds them).</source>
        <translation>Slutstatus: 0 när allt gick bra; 1 vid fel i anropet eller i cachen; 3 när utdata är ofullständiga: nyheter som en avbruten import lämnade finns ännu inte i sökindexet och cachen får här bara läsas (”newsdesk import --finish-index” lägger till dem).</translation>
    </message>
    <message numerus="yes">
        <source>newsdesk %1: the results are incomplete: %Ln item(s) of an interrupted import are not yet searchable, and the cache may not be written here to add them. To complete them, run as someone who may write the cache: %2</source>
        <translation>
            <numerusform>newsdesk %1: resultatet är ofullständigt: %Ln nyhet från en avbruten import är ännu inte sökbar, och cachen får inte skrivas här för att lägga till den. Kör, som någon som får skriva i cachen: %2</numerusform>
            <numerusform>newsdesk %1: resultatet är ofullständigt: %Ln nyheter från en avbruten import är ännu inte sökbara, och cachen får inte skrivas här för att lägga till dem. Kör, som någon som får skriva i cachen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>newsdesk: the damaged cache %1 was set aside as %2; rebuilding it from its listing files…</source>
        <translation>newsdesk: den skadade cachen %1 lades undan som %2; bygger om den från dess listningsfiler…</translation>
    </message>
    <message>
        <source>At most N items: the first ones in the chosen order.</source>
        <translation>Högst N nyheter: de första i den valda ordningen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>newsdesk: no cache at %1; import listing files first: %2 FILE…</source>
        <translation>newsdesk: det finns ingen cache %1; importera listningsfiler först: %2 FIL…</translation>
    </message>
    <message>
        <source>newsdesk %1: --limit takes a number of items (0 or more), not “%2”.</source>
        <translation>newsdesk %1: --limit tar ett antal nyheter (0 eller fler), inte ”%2”.</translation>
    </message>
    <message>
        <source>Only items that match QUERY: every word, in any order, in the title, the summary or a category name; a word of 3 or more letters is found inside longer words too (trafik finds kollektivtrafiken), a shorter one at the start of a word; case does not matter, å ä ö are letters of their own; &quot;a phrase&quot; finds exactly these words in this order; -word leaves out the items it matches.</source>
        <translation>Endast nyheter som matchar SÖKTEXT: varje ord, i valfri ordning, i rubriken, sammanfattningen eller ett kategorinamn; ett ord med 3 eller fler bokstäver hittas även inuti längre ord (trafik hittar kollektivtrafiken), ett kortare i början av ett ord; skiftläget spelar ingen roll, å ä ö är egna bokstäver; &quot;en fras&quot; hittar exakt dessa ord i denna ordning; -ord utesluter de nyheter det matchar.</translation>
    </message>
    <message>
        <source>Order: listing (newest first, default), title, or best (with --search: the items with more of its words in the title first, newest first within).</source>
        <translation>Ordning: listing (nyaste först, standard), title (efter rubrik) eller best (med --search: nyheterna med fler av sökorden i rubriken först, nyaste först inom dem).</translation>
    </message>
    <message>
        <source>newsdesk: --sort takes “listing”, “title” or “best”, not “%1”.</source>
        <translation>newsdesk: --sort tar ”listing”, ”title” eller ”best”, inte ”%1”.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>newsdesk: unknown command “%1”. Commands: %2.</source>
        <translation>newsdesk: okänt kommando ”%1”. Kommandon: %2.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n nyhet</numerusform>
            <numerusform>%n nyheter</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline reader for news listings.

Commands (each has --help):
  import      import listing files or folders into the cache
  list        list items
  categories  list categories with their item counts
  export      export items to CSV, JSON, Markdown, HTML, text or PDF

Without a command, opens the reader window.</source>
        <translation>Läsare för nyhetslistor, utan nätanslutning.

Kommandon (alla har --help):
  import      importera nyhetslistor eller mappar till cachen
  list        lista nyheter
  categories  lista kategorier med antal nyheter
  export      exportera nyheter till CSV, JSON, Markdown, HTML, text eller PDF

Utan kommando öppnas läsfönstret.</translation>
    </message>
    <message>
        <source>Use the cache FILE instead of the default.</source>
        <translation>Använd cachen FIL i stället för standardcachen.</translation>
    </message>
    <message>
        <source>Listing files or folders to import and watch.</source>
        <translation>Nyhetslistor eller mappar att importera och bevaka.</translation>
    </message>
    <message>
        <source>[PATH...]</source>
        <translation>[SÖKVÄG...]</translation>
    </message>
    <message>
        <source>newsdesk: “%1” is neither a command (%2) nor a file or folder.</source>
        <translation>newsdesk: ”%1” är varken ett kommando (%2) eller en fil eller mapp.</translation>
    </message>
    <message>
        <source>newsdesk: cannot start %1: %2</source>
        <translation>newsdesk: kan inte starta %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s own options work as in every Qt program (%1); the commands accept and ignore them.</source>
        <translation>Qts egna alternativ fungerar som i alla Qt-program (%1); kommandona godtar dem och bortser från dem.</translation>
    </message>
</context>
<context>
    <name>ConfigureShortcutsDialog</name>
    <message>
        <source>Configure Shortcuts</source>
        <translation>Anpassa kortkommandon</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Åtgärder och deras kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Nytt kortkommando</translation>
    </message>
    <message>
        <source>&amp;No Shortcut</source>
        <translation>&amp;Inget kortkommando</translation>
    </message>
    <message>
        <source>No shortcut for this action</source>
        <translation>Inget kortkommando för den här åtgärden</translation>
    </message>
    <message>
        <source>Why the keys were refused</source>
        <translation>Varför tangenterna inte godtogs</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Återställ standardvärden</translation>
    </message>
    <message>
        <source>&amp;Shortcut for “%1”:</source>
        <translation>&amp;Kortkommando för ”%1”:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Kortkommando:</translation>
    </message>
    <message>
        <source>%1 moves around the lists and the boxes, so it cannot be a shortcut. Choose other keys.</source>
        <translation>%1 flyttar runt i listorna och fälten och kan därför inte vara ett kortkommando. Välj andra tangenter.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Choose other keys, or give that action other keys first.</source>
        <translation>%1 är redan kortkommandot för ”%2”. Välj andra tangenter, eller ge först den åtgärden andra tangenter.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>CSV table</source>
        <translation>CSV-tabell</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an item to read it.</source>
        <translation>Välj en nyhet för att läsa den.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message numerus="yes">
        <source>A long item: %L1 characters, shown in %Ln part(s).</source>
        <translation>
            <numerusform>En lång nyhet: %L1 tecken, visad i %Ln del.</numerusform>
            <numerusform>En lång nyhet: %L1 tecken, visad i %Ln delar.</numerusform>
        </translation>
    </message>
    <message>
        <source>A long title: %L1 characters; the heading shows its start and the text the rest.</source>
        <translation>En lång rubrik: %L1 tecken; rubriken visar dess början och texten resten.</translation>
    </message>
    <message>
        <source> of %L1</source>
        <translation> av %L1</translation>
    </message>
    <message>
        <source>Part </source>
        <translation>Del </translation>
    </message>
    <message>
        <source>Part of the item</source>
        <translation>Del av nyheten</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Föregående del</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Nästa del</translation>
    </message>
    <message>
        <source>A long item: %L1 characters. Reading all of it…</source>
        <translation>En lång nyhet: %L1 tecken. Läser in hela nyheten…</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export items to CSV, JSON, Markdown, HTML, a news listing (txt) or PDF. Without filter options, every item in the cache.</source>
        <translation>Exportera nyheter till CSV, JSON, Markdown, HTML, en nyhetslista (txt) eller PDF. Utan filteralternativ exporteras alla nyheter i cachen.</translation>
    </message>
    <message>
        <source>Output format (default: from the suffix of the output file).</source>
        <translation>Utdataformat (standard: efter utdatafilens filändelse).</translation>
    </message>
    <message>
        <source>Write to FILE; “-” writes to standard output (not PDF).</source>
        <translation>Skriv till FIL; ”-” skriver till standard ut (inte PDF).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Only the item with this ID (repeat for several).</source>
        <translation>Endast nyheten med detta ID (upprepa för flera).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Leave the summaries out.</source>
        <translation>Utelämna sammanfattningarna.</translation>
    </message>
    <message>
        <source>Leave the sources (listing files and positions) out.</source>
        <translation>Utelämna källorna (nyhetslistor och positioner).</translation>
    </message>
    <message>
        <source>newsdesk export: name the file to write with --output FILE (“-” for standard output).</source>
        <translation>newsdesk export: ange filen att skriva med --output FIL (”-” för standard ut).</translation>
    </message>
    <message>
        <source>newsdesk export: choose a format with --format (%1).</source>
        <translation>newsdesk export: välj ett format med --format (%1).</translation>
    </message>
    <message>
        <source>newsdesk export: unknown format “%1” (%2).</source>
        <translation>newsdesk export: okänt format ”%1” (%2).</translation>
    </message>
    <message>
        <source>newsdesk export: %1 cannot be written to standard output; name a file with --output.</source>
        <translation>newsdesk export: %1 kan inte skrivas till standard ut; ange en fil med --output.</translation>
    </message>
    <message>
        <source>newsdesk export: --id takes an item number, not “%1”.</source>
        <translation>newsdesk export: --id tar ett nyhetsnummer, inte ”%1”.</translation>
    </message>
    <message>
        <source>newsdesk export: there is no item %1 in the cache.</source>
        <translation>newsdesk export: det finns ingen nyhet %1 i cachen.</translation>
    </message>
    <message>
        <source>newsdesk export: %1 is not in the cache; import it first.</source>
        <translation>newsdesk export: %1 finns inte i cachen; importera den först.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %n nyhet till %1.</numerusform>
            <numerusform>Exporterade %n nyheter till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Export the selected or shown items to a file (%1)</source>
        <translation>Exportera de markerade eller visade nyheterna till en fil (%1)</translation>
    </message>
    <message>
        <source>Export the selected or shown items to a file</source>
        <translation>Exportera de markerade eller visade nyheterna till en fil</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Print the selected items, or the shown ones when none is selected</source>
        <translation>Skriv ut de markerade nyheterna, eller de visade när ingen är markerad</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the selected items as text</source>
        <translation>Kopiera de markerade nyheterna som text</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected item(s)</source>
        <translation>
            <numerusform>%Ln markerad nyhet</numerusform>
            <numerusform>%Ln markerade nyheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln item(s) to %1…</source>
        <translation>
            <numerusform>Exporterar %Ln nyhet till %1…</numerusform>
            <numerusform>Exporterar %Ln nyheter till %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %Ln nyhet till %1.</numerusform>
            <numerusform>Exporterade %Ln nyheter till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporten avbröts; ingenting skrevs.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Exporten misslyckades.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Kunde inte exportera till %1.</translation>
    </message>
    <message>
        <source>Nothing to print: the list is empty.</source>
        <translation>Inget att skriva ut: listan är tom.</translation>
    </message>
    <message numerus="yes">
        <source>Print %Ln Item(s)</source>
        <translation>
            <numerusform>Skriv ut %Ln nyhet</numerusform>
            <numerusform>Skriv ut %Ln nyheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln item(s) for printing…</source>
        <translation>
            <numerusform>Förbereder %Ln nyhet för utskrift…</numerusform>
            <numerusform>Förbereder %Ln nyheter för utskrift…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %Ln item(s) to %1.</source>
        <translation>
            <numerusform>Skrev ut %Ln nyhet till %1.</numerusform>
            <numerusform>Skrev ut %Ln nyheter till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln item(s) to the printer.</source>
        <translation>
            <numerusform>Skickade %Ln nyhet till skrivaren.</numerusform>
            <numerusform>Skickade %Ln nyheter till skrivaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Utskriften avbröts.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Utskriften misslyckades.</translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation>Utskriften misslyckades</translation>
    </message>
    <message>
        <source>Could not print.</source>
        <translation>Kunde inte skriva ut.</translation>
    </message>
    <message>
        <source>Could not print to %1.</source>
        <translation>Kunde inte skriva ut till %1.</translation>
    </message>
    <message>
        <source>Select items to copy them.</source>
        <translation>Markera nyheter för att kopiera dem.</translation>
    </message>
    <message>
        <source>Could not copy the items: %1</source>
        <translation>Kunde inte kopiera nyheterna: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln item(s).</source>
        <translation>
            <numerusform>Kopierade %Ln nyhet.</numerusform>
            <numerusform>Kopierade %Ln nyheter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the shown items to %1…</source>
        <translation>Exporterar de visade nyheterna till %1…</translation>
    </message>
    <message>
        <source>Print the Shown Items</source>
        <translation>Skriv ut de visade nyheterna</translation>
    </message>
    <message>
        <source>Preparing the shown items for printing…</source>
        <translation>Förbereder de visade nyheterna för utskrift…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Nyheter:</translation>
    </message>
    <message>
        <source>&amp;Selected items (%L1)</source>
        <translation>&amp;Markerade nyheter (%L1)</translation>
    </message>
    <message>
        <source>S&amp;hown items (%L1)</source>
        <translation>&amp;Visade nyheter (%L1)</translation>
    </message>
    <message>
        <source>&amp;All items in the cache (%L1)</source>
        <translation>&amp;Alla nyheter i cachen (%L1)</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Ta med:</translation>
    </message>
    <message>
        <source>Su&amp;mmaries</source>
        <translation>Sa&amp;mmanfattningar</translation>
    </message>
    <message>
        <source>So&amp;urces (listing file and position)</source>
        <translation>K&amp;ällor (nyhetslista och position)</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>Spara &amp;till:</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Fil att exportera till</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>news</source>
        <comment>file name of an export, without suffix</comment>
        <translation>nyheter</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportera till</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln selected item(s)</source>
        <translation>
            <numerusform>Exportera %Ln markerad nyhet</numerusform>
            <numerusform>Exportera %Ln markerade nyheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln shown item(s)</source>
        <translation>
            <numerusform>Exportera %Ln visad nyhet</numerusform>
            <numerusform>Exportera %Ln visade nyheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %Ln item(s) in the cache</source>
        <translation>
            <numerusform>Exportera den %Ln nyheten i cachen</numerusform>
            <numerusform>Exportera alla %Ln nyheter i cachen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name to export to.</source>
        <translation>%1 är en mapp. Välj ett filnamn att exportera till.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>S&amp;hown items (counting…)</source>
        <translation>&amp;Visade nyheter (räknar…)</translation>
    </message>
    <message>
        <source>Export the shown items (counting them…)</source>
        <translation>Exportera de visade nyheterna (räknar dem…)</translation>
    </message>
    <message>
        <source>&amp;Items with no category</source>
        <translation>&amp;Nyheter utan kategori</translation>
    </message>
    <message>
        <source>&amp;Category “%1”</source>
        <translation>&amp;Kategorin ”%1”</translation>
    </message>
    <message>
        <source>Export the items with no category</source>
        <translation>Exportera nyheterna utan kategori</translation>
    </message>
    <message>
        <source>Export the items in the category “%1”</source>
        <translation>Exportera nyheterna i kategorin ”%1”</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation>Okänt exportformat ”%1”.</translation>
    </message>
    <message>
        <source>No file to export to was given.</source>
        <translation>Ingen fil att exportera till angavs.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is the cache itself.</source>
        <translation>Kan inte exportera till %1: det är själva cachen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Kan inte exportera till %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Category: %1</source>
        <translation>Kategori: %1</translation>
    </message>
    <message>
        <source>In all of: %1</source>
        <translation>I alla av: %1</translation>
    </message>
    <message>
        <source>In any of: %1</source>
        <translation>I någon av: %1</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Sökning: ”%1”</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>olästa</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>stjärnmärkta</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen item(s)</source>
        <translation>
            <numerusform>%n vald nyhet</numerusform>
            <numerusform>%n valda nyheter</numerusform>
        </translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alla nyheter</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nyheter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Exporten misslyckades.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Kan inte skriva exporten: %1</translation>
    </message>
    <message>
        <source>Internal error: the export has nowhere to go.</source>
        <translation>Internt fel: exporten har ingenstans att ta vägen.</translation>
    </message>
    <message>
        <source>Internal error: items written outside an export.</source>
        <translation>Internt fel: nyheter skrevs utanför en export.</translation>
    </message>
    <message>
        <source>Internal error: an export finished twice.</source>
        <translation>Internt fel: en export avslutades två gånger.</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>The desktop could not show a notification: %1</source>
        <translation>Skrivbordet kunde inte visa en avisering: %1</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webbsida (HTML)</translation>
    </message>
</context>
<context>
    <name>HtmlRenderer</name>
    <message>
        <source>Starred</source>
        <translation>Stjärnmärkt</translation>
    </message>
    <message>
        <source>From %1, item %2</source>
        <translation>Från %1, nyhet %2</translation>
    </message>
    <message>
        <source>Also in %1, item %2</source>
        <translation>Även i %1, nyhet %2</translation>
    </message>
    <message>
        <source>“%1” is found in the category “%2”, not in the text.</source>
        <translation>”%1” finns i kategorin ”%2”, inte i texten.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import news listing files (or folders of *.txt files) into the cache.</source>
        <translation>Importera nyhetslistor (eller mappar med *.txt-filer) till cachen.</translation>
    </message>
    <message>
        <source>Import the sample news that comes with newsdesk.</source>
        <translation>Importera exempelnyheterna som följer med newsdesk.</translation>
    </message>
    <message>
        <source>Listing files or folders.</source>
        <translation>Nyhetslistor eller mappar.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>SÖKVÄG...</translation>
    </message>
    <message>
        <source>newsdesk import: name at least one file or folder, or use --sample.</source>
        <translation>newsdesk import: ange minst en fil eller mapp, eller använd --sample.</translation>
    </message>
    <message>
        <source>Files: %1 imported, %2 unchanged, %3 rejected, %4 removed.</source>
        <translation>Filer: %1 importerade, %2 oförändrade, %3 avvisade, %4 borttagna.</translation>
    </message>
    <message>
        <source>Items: %1 new, %2 in the cache.</source>
        <translation>Nyheter: %1 nya, %2 i cachen.</translation>
    </message>
    <message>
        <source>Add the items an interrupted import left to the search index (done first by every import); no PATH needed.</source>
        <translation>Lägg till nyheterna som en avbruten import lämnade i sökindexet (görs först vid varje import); ingen SÖKVÄG behövs.</translation>
    </message>
    <message numerus="yes">
        <source>newsdesk import: the cache may not be written here; %Ln item(s) still wait for the search index.</source>
        <translation>
            <numerusform>newsdesk import: cachen får inte skrivas här; %Ln nyhet väntar fortfarande på sökindexet.</numerusform>
            <numerusform>newsdesk import: cachen får inte skrivas här; %Ln nyheter väntar fortfarande på sökindexet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item in the cache is searchable.</source>
        <translation>Alla nyheter i cachen är sökbara.</translation>
    </message>
    <message>
        <source>Not found (their files&apos; items were kept): %1.</source>
        <translation>Hittades inte (deras filers nyheter behölls): %1.</translation>
    </message>
    <message>
        <source>Exit status: 0 when every file was imported; 2 when some were rejected (stderr names each file and line; the others are imported); 1 on usage or cache errors.</source>
        <translation>Slutstatus: 0 när alla filer importerades; 2 när några avvisades (stderr namnger varje fil och rad; de andra importeras); 1 vid fel i anropet eller i cachen.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Cancelling the import…</source>
        <translation>Avbryter importen…</translation>
    </message>
    <message>
        <source>Watched files changed: importing…</source>
        <translation>Bevakade filer har ändrats: importerar…</translation>
    </message>
    <message>
        <source>First run: importing the sample news…</source>
        <translation>Första start: importerar exempelnyheterna…</translation>
    </message>
    <message>
        <source>Import News Listings</source>
        <translation>Importera nyhetslistor</translation>
    </message>
    <message>
        <source>News listings (*.txt);;All files (*)</source>
        <translation>Nyhetslistor (*.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import a Folder of News Listings</source>
        <translation>Importera en mapp med nyhetslistor</translation>
    </message>
    <message>
        <source>No watched files or folders yet: use File → Import first.</source>
        <translation>Inga bevakade filer eller mappar än: använd Arkiv → Importera först.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped watching %n source(s); their items stay in the cache.</source>
        <translation>
            <numerusform>Slutade bevaka %n källa; dess nyheter finns kvar i cachen.</numerusform>
            <numerusform>Slutade bevaka %n källor; deras nyheter finns kvar i cachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cache is open, so nothing can be imported.</source>
        <translation>Ingen cache är öppen, så ingenting kan importeras.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Uppdaterar sökindexet…</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln file(s)</source>
        <translation>
            <numerusform>%L1 av %Ln fil</numerusform>
            <numerusform>%L1 av %Ln filer</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Importen avbröts: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported: they are not news listings. Show the details for the reason of each.</source>
        <translation>
            <numerusform>%n fil kunde inte importeras: den är ingen nyhetslista. Visa detaljerna för att se varför.</numerusform>
            <numerusform>%n filer kunde inte importeras: de är inga nyhetslistor. Visa detaljerna för att se varför för varje fil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the files read so far are in the cache.</source>
        <translation>Importen avbröts; de filer som hann läsas finns i cachen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the bundled sample news (%Ln item(s)). Use File → Import to add your own listings.</source>
        <translation>
            <numerusform>Importerade de medföljande exempelnyheterna (%Ln nyhet). Använd Arkiv → Importera för att lägga till egna nyhetslistor.</numerusform>
            <numerusform>Importerade de medföljande exempelnyheterna (%Ln nyheter). Använd Arkiv → Importera för att lägga till egna nyhetslistor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Importerade %n fil</numerusform>
            <numerusform>Importerade %n filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s).</source>
        <translation>
            <numerusform>%Ln ny nyhet.</numerusform>
            <numerusform>%Ln nya nyheter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) no longer exist; their items left the cache.</source>
        <translation>
            <numerusform>%n fil finns inte längre; dess nyheter togs bort ur cachen.</numerusform>
            <numerusform>%n filer finns inte längre; deras nyheter togs bort ur cachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message numerus="yes">
        <source>No changes: %n file(s) already up to date.</source>
        <translation>
            <numerusform>Inga ändringar: %n fil är redan aktuell.</numerusform>
            <numerusform>Inga ändringar: %n filer är redan aktuella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importförlopp</translation>
    </message>
    <message numerus="yes">
        <source>The import found %n problem(s) in the files it read; what could be read is in the cache. Show the details for each (file and line).</source>
        <translation>
            <numerusform>Importen hittade %n problem i filerna den läste; det som kunde läsas finns i cachen. Visa detaljerna (fil och rad).</numerusform>
            <numerusform>Importen hittade %n problem i filerna den läste; det som kunde läsas finns i cachen. Visa detaljerna för varje (fil och rad).</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another import into this cache (process %1)…</source>
        <translation>Väntar på en annan import till den här cachen (process %1)…</translation>
    </message>
    <message>
        <source>Waiting for another import into this cache…</source>
        <translation>Väntar på en annan import till den här cachen…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) cannot be watched for changes, %1 the first (the system&apos;s limit of watches, fs.inotify.max_user_watches?): import them again to see changes.</source>
        <translation>
            <numerusform>%n fil eller mapp kan inte bevakas för ändringar, %1 (systemets gräns för bevakningar, fs.inotify.max_user_watches?): importera den igen för att se ändringar.</numerusform>
            <numerusform>%n filer eller mappar kan inte bevakas för ändringar, %1 den första (systemets gräns för bevakningar, fs.inotify.max_user_watches?): importera dem igen för att se ändringar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ignore This File</source>
        <translation>&amp;Ignorera den här filen</translation>
    </message>
    <message>
        <source>&amp;Ignore These Files</source>
        <translation>&amp;Ignorera de här filerna</translation>
    </message>
    <message>
        <source>Ignore these files until they change</source>
        <translation>Ignorera filerna tills de ändras</translation>
    </message>
    <message numerus="yes">
        <source>newsdesk will not warn about %n file(s) again until they change.</source>
        <translation>
            <numerusform>newsdesk varnar inte för %n fil igen förrän den ändras.</numerusform>
            <numerusform>newsdesk varnar inte för %n filer igen förrän de ändras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLock</name>
    <message>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>kan inte skapa låsfilen %1: åtkomst nekad</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>kan inte skapa låsfilen %1</translation>
    </message>
</context>
<context>
    <name>ItemText</name>
    <message>
        <source>Categories: %1</source>
        <translation>Kategorier: %1</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorier:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Källor:</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Källor: %1</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the items in the cache, newest first.</source>
        <translation>Lista nyheterna i cachen, nyaste först.</translation>
    </message>
    <message>
        <source>Print only the number of items the filter selects (at most --limit), on one line.</source>
        <translation>Skriv bara ut antalet nyheter som filtret väljer (högst --limit), på en rad.</translation>
    </message>
</context>
<context>
    <name>ListingExporter</name>
    <message>
        <source>News listing (text)</source>
        <translation>Nyhetslista (text)</translation>
    </message>
</context>
<context>
    <name>ListingParser</name>
    <message>
        <source>the file ends in the middle of a character; the incomplete character was dropped</source>
        <translation>filen slutar mitt i ett tecken; det ofullständiga tecknet togs bort</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; it was read as Windows-1252</source>
        <translation>texten är inte giltig UTF-8; den lästes som Windows-1252</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>is too large to be a news listing (%1 MB; the limit is %2 MB)</source>
        <translation>är för stor för att vara en nyhetslista (%1 MB; gränsen är %2 MB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>is too large to be a news listing</source>
        <translation>är för stor för att vara en nyhetslista</translation>
    </message>
    <message>
        <source>the file is binary, not a text news listing</source>
        <translation>filen är binär, inte en nyhetslista i textform</translation>
    </message>
    <message>
        <source>an item without a title was skipped</source>
        <translation>en nyhet utan rubrik hoppades över</translation>
    </message>
    <message>
        <source>text before the first item was ignored</source>
        <translation>text före den första nyheten ignorerades</translation>
    </message>
    <message>
        <source>holds no news items (no line starts with “•”)</source>
        <translation>innehåller inga nyheter (ingen rad börjar med ”•”)</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>en namngiven rörledning (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>en socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>en enhet</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>en mapp</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>något annat</translation>
    </message>
    <message>
        <source>is %1, not a regular file; it was not read</source>
        <translation>är %1, inte en vanlig fil; den lästes inte</translation>
    </message>
    <message>
        <source>control characters were removed from the line</source>
        <translation>styrtecken togs bort från raden</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; it was read as Windows-1252</source>
        <translation>raden är inte giltig UTF-8; den lästes som Windows-1252</translation>
    </message>
    <message>
        <source>the line holds bytes that are not valid UTF-8; each became �</source>
        <translation>raden innehåller byte som inte är giltig UTF-8; varje blev �</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) from here on were not valid UTF-8 either</source>
        <translation>
            <numerusform>%n rad till härifrån var inte heller giltig UTF-8</numerusform>
            <numerusform>%n rader till härifrån var inte heller giltig UTF-8</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>newsdesk</source>
        <translation>newsdesk</translation>
    </message>
    <message>
        <source>Cannot Open the Cache</source>
        <translation>Kan inte öppna cachen</translation>
    </message>
    <message>
        <source>newsdesk could not open its cache, so there is nothing to show.

%1</source>
        <translation>newsdesk kunde inte öppna sin cache, så det finns inget att visa.

%1</translation>
    </message>
    <message>
        <source>newsdesk could not read its cache: what the window shows may be incomplete.</source>
        <translation>newsdesk kunde inte läsa sin cache: det som fönstret visar kan vara ofullständigt.</translation>
    </message>
    <message>
        <source>Another program imported news into the cache; the list is up to date.</source>
        <translation>Ett annat program har importerat nyheter till cachen; listan är uppdaterad.</translation>
    </message>
    <message>
        <source>The cache was damaged. newsdesk set it aside as %1 and is rebuilding it from your listing files; your read and starred marks are kept.</source>
        <translation>Cachen var skadad. newsdesk lade undan den som %1 och bygger om den från dina listningsfiler; dina läst- och stjärnmarkeringar finns kvar.</translation>
    </message>
    <message>
        <source>The cache is damaged: what the window shows may be incomplete. When newsdesk starts next, it sets the cache aside and rebuilds it from your listing files; your read and starred marks are kept.</source>
        <translation>Cachen är skadad: det som fönstret visar kan vara ofullständigt. Nästa gång newsdesk startar läggs cachen undan och byggs om från dina listningsfiler; dina läst- och stjärnmarkeringar finns kvar.</translation>
    </message>
    <message>
        <source>newsdesk — %L1 unread</source>
        <translation>newsdesk — %L1 olästa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln ny nyhet</numerusform>
            <numerusform>%Ln nya nyheter</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier changes can no longer be undone.</source>
        <translation>Tidigare ändringar kan inte längre ångras.</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Meddelandedetaljer</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Visa &amp;detaljer</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>Dölj &amp;detaljer</translation>
    </message>
</context>
<context>
    <name>NewsDelegate</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>New since your last visit</source>
        <translation>Ny sedan ditt senaste besök</translation>
    </message>
</context>
<context>
    <name>NewsImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <source>Cache error while %1: %2</source>
        <translation>Cachefel vid %1: %2</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>förberedelse av importen</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>import av %1</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>uppdatering av sökindexet</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importen</translation>
    </message>
    <message>
        <source>not imported: the import stopped at an error in %1</source>
        <translation>inte importerad: importen stannade vid ett fel i %1</translation>
    </message>
    <message>
        <source>indexing titles</source>
        <translation>indexering av titlarna</translation>
    </message>
    <message>
        <source>counting the items</source>
        <translation>räkning av posterna</translation>
    </message>
    <message numerus="yes">
        <source>importing %1 and %n more file(s)</source>
        <translation>
            <numerusform>import av %1 och %n fil till</numerusform>
            <numerusform>import av %1 och %n filer till</numerusform>
        </translation>
    </message>
    <message>
        <source>remembering the imported files</source>
        <translation>de importerade filerna skulle sparas</translation>
    </message>
    <message numerus="yes">
        <source>the folder is missing or cannot be read (a drive that is not mounted?); the items of its %n file(s) were kept</source>
        <translation>
            <numerusform>mappen saknas eller kan inte läsas (en enhet som inte är monterad?); nyheterna i dess %n fil behölls</numerusform>
            <numerusform>mappen saknas eller kan inte läsas (en enhet som inte är monterad?); nyheterna i dess %n filer behölls</numerusform>
        </translation>
    </message>
    <message>
        <source>the file ended before its last part</source>
        <translation>filen tog slut före sin sista del</translation>
    </message>
    <message>
        <source>not imported: the import stopped at an error of the cache</source>
        <translation>inte importerad: importen avbröts av ett fel i cachen</translation>
    </message>
</context>
<context>
    <name>NewsListModel</name>
    <message>
        <source>read</source>
        <translation>läst</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>oläst</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>stjärnmärkt</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>ingen cache</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
</context>
<context>
    <name>NewsPane</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nyheter</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>Importera &amp;filer…</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>Importera &amp;mapp…</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <source>No item passes the search and the filters.</source>
        <translation>Ingen nyhet matchar sökningen och filtren.</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Rensa &amp;filter</translation>
    </message>
    <message>
        <source>No cache</source>
        <translation>Ingen cache</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>The news will show here as soon as the import is done.</source>
        <translation>Nyheterna visas här så snart importen är klar.</translation>
    </message>
    <message>
        <source>No news yet</source>
        <translation>Inga nyheter än</translation>
    </message>
    <message>
        <source>Import news listing files or a folder of them. You can also drop files and folders on this window.</source>
        <translation>Importera filer med nyhetslistor eller en mapp med sådana. Du kan också släppa filer och mappar i det här fönstret.</translation>
    </message>
    <message>
        <source>Cannot read the cache</source>
        <translation>Kan inte läsa cachen</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, -word (%1)</source>
        <translation>Sök: ord, &quot;en fras&quot;, -ord (%1)</translation>
    </message>
    <message>
        <source>Every word must match, in any order, also inside longer words and in category names. &quot;Quotes&quot; find a phrase of whole words; -word leaves out the items that hold the word.</source>
        <translation>Alla ord måste finnas, i vilken ordning som helst, även inuti längre ord och i kategorinamn. &quot;Citattecken&quot; söker en fras av hela ord; -ord utelämnar nyheterna som innehåller ordet.</translation>
    </message>
    <message>
        <source>How the search was understood</source>
        <translation>Hur sökningen tolkades</translation>
    </message>
</context>
<context>
    <name>PagedExporter</name>
    <message>
        <source>PDF export needs Qt&apos;s graphical platform, which is not running in this program.</source>
        <translation>PDF-export kräver Qts grafiska plattform, som inte körs i det här programmet.</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
</context>
<context>
    <name>PrintExporter</name>
    <message>
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <source>The printer reported an error.</source>
        <translation>Skrivaren rapporterade ett fel.</translation>
    </message>
</context>
<context>
    <name>ProgramArguments</name>
    <message>
        <source>newsdesk: the Qt option %1 needs a value (%2).</source>
        <translation>newsdesk: Qt-alternativet %1 behöver ett värde (%2).</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Visar hjälp om kommandoradsalternativen.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Visar hjälp inklusive Qt-specifika alternativ.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Visar versionsinformation.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[alternativ]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Okänt alternativ ”%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Okända alternativ: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Värde saknas efter ”%1”.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Oväntat värde efter ”%1”.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <source>Could not save a change of read state or star: %1</source>
        <translation>Kunde inte spara en ändring av läst eller stjärna: %1</translation>
    </message>
    <message>
        <source>No unread items in the list.</source>
        <translation>Inga olästa nyheter i listan.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln item(s) as read.</source>
        <translation>
            <numerusform>Markerade %Ln nyhet som läst.</numerusform>
            <numerusform>Markerade %Ln nyheter som lästa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln item(s) as unread.</source>
        <translation>
            <numerusform>Markerade %Ln nyhet som oläst.</numerusform>
            <numerusform>Markerade %Ln nyheter som olästa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %Ln item(s).</source>
        <translation>
            <numerusform>Stjärnmärkte %Ln nyhet.</numerusform>
            <numerusform>Stjärnmärkte %Ln nyheter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the star from %Ln item(s).</source>
        <translation>
            <numerusform>Tog bort stjärnan från %Ln nyhet.</numerusform>
            <numerusform>Tog bort stjärnan från %Ln nyheter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked every shown item as read.</source>
        <translation>Markerade alla visade nyheter som lästa.</translation>
    </message>
    <message>
        <source>Nothing to mark: every shown item is read already.</source>
        <translation>Inget att markera: alla visade nyheter är redan lästa.</translation>
    </message>
    <message>
        <source>The list is still being counted: every item it shows will be marked as read.</source>
        <translation>Listan räknas fortfarande: alla nyheter som den visar markeras som lästa.</translation>
    </message>
    <message numerus="yes">
        <source>The list is still being counted: up to %Ln unread item(s) may be marked as read.</source>
        <translation>
            <numerusform>Listan räknas fortfarande: upp till %Ln oläst nyhet kan markeras som läst.</numerusform>
            <numerusform>Listan räknas fortfarande: upp till %Ln olästa nyheter kan markeras som lästa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) as read?</source>
        <translation>
            <numerusform>Markera %Ln nyhet som läst?</numerusform>
            <numerusform>Markera %Ln nyheter som lästa?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) as unread?</source>
        <translation>
            <numerusform>Markera %Ln nyhet som oläst?</numerusform>
            <numerusform>Markera %Ln nyheter som olästa?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star %Ln item(s)?</source>
        <translation>
            <numerusform>Stjärnmärka %Ln nyhet?</numerusform>
            <numerusform>Stjärnmärka %Ln nyheter?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the star from %Ln item(s)?</source>
        <translation>
            <numerusform>Ta bort stjärnan från %Ln nyhet?</numerusform>
            <numerusform>Ta bort stjärnan från %Ln nyheter?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Many Items</source>
        <translation>Ändra många nyheter</translation>
    </message>
    <message>
        <source>Edit → Undo can set them back.</source>
        <translation>Redigera → Ångra kan återställa dem.</translation>
    </message>
    <message>
        <source>Nothing to mark: the items were read already.</source>
        <translation>Inget att markera: nyheterna var redan lästa.</translation>
    </message>
    <message>
        <source>Nothing to mark: the items were unread already.</source>
        <translation>Inget att markera: nyheterna var redan olästa.</translation>
    </message>
    <message>
        <source>Nothing to star: the items were starred already.</source>
        <translation>Inget att stjärnmärka: nyheterna var redan stjärnmärkta.</translation>
    </message>
    <message>
        <source>Nothing to change: the items had no star.</source>
        <translation>Inget att ändra: nyheterna hade ingen stjärna.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Ångra den här ändringen</translation>
    </message>
    <message>
        <source>This change is no longer the last one: Edit → Undo undoes the changes in turn.</source>
        <translation>Den här ändringen är inte längre den senaste: Redigera → Ångra ångrar ändringarna i tur och ordning.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Ångrat: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Gjort om: %1.</translation>
    </message>
    <message>
        <source>newsdesk could not save the change of read or starred marks in its cache %1; the list shows what the cache holds.</source>
        <translation>newsdesk kunde inte spara ändringen av läst- eller stjärnmarkeringar i cachen %1; listan visar det som finns i cachen.</translation>
    </message>
    <message>
        <source>Select an item to open its listing file.</source>
        <translation>Välj en nyhet för att öppna dess listningsfil.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Öppnade %1.</translation>
    </message>
    <message>
        <source>The listing file %1 could not be opened: the desktop has no program for it.</source>
        <translation>Listningsfilen %1 kunde inte öppnas: skrivbordet har inget program för den.</translation>
    </message>
    <message>
        <source>This item comes from the bundled sample news, which has no file to open.</source>
        <translation>Den här nyheten kommer från de medföljande exempelnyheterna, som inte har någon fil att öppna.</translation>
    </message>
</context>
<context>
    <name>SearchFunctions</name>
    <message>
        <source>the connection is not an SQLite connection</source>
        <translation>anslutningen är inte en SQLite-anslutning</translation>
    </message>
    <message>
        <source>the connection is not open</source>
        <translation>anslutningen är inte öppen</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the phrase %1</source>
        <translation>frasen %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>Every item holding %1.</source>
        <translation>Alla nyheter som innehåller %1.</translation>
    </message>
    <message>
        <source>Every item except those holding %1.</source>
        <translation>Alla nyheter utom de som innehåller %1.</translation>
    </message>
    <message>
        <source>Every item holding %1, but not %2.</source>
        <translation>Alla nyheter som innehåller %1, men inte %2.</translation>
    </message>
    <message>
        <source>The quote before %1 was not closed: read as a phrase to the end.</source>
        <translation>Citattecknet före %1 stängdes inte: resten lästes som en fras.</translation>
    </message>
    <message>
        <source>Quotes with no word inside were ignored.</source>
        <translation>Citattecken utan något ord emellan hoppades över.</translation>
    </message>
    <message>
        <source>The minus in %1 was ignored: no word follows it.</source>
        <translation>Minustecknet i %1 hoppades över: inget ord följer efter det.</translation>
    </message>
    <message>
        <source>%1 holds no letters or digits: every item is shown.</source>
        <translation>%1 innehåller inga bokstäver eller siffror: alla nyheter visas.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
</context>
<context>
    <name>SourceName</name>
    <message>
        <source>Sample news %1</source>
        <translation>Exempelnyheter %1</translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <source>the connection to the cache is not open</source>
        <translation>anslutningen till cachen är inte öppen</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>SQLite-drivrutinen för Qt är inte installerad (Debianpaketet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the cache.</source>
        <translation>Kan inte skapa mappen %1 för cachen.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Kan inte öppna cachen %1: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>okänt databasfel</translation>
    </message>
    <message>
        <source>There is no cache %1 (import listing files first: newsdesk import).</source>
        <translation>Det finns ingen cache %1 (importera listningsfiler först: newsdesk import).</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>the disk is full: there is no room to write to the cache %1 (it keeps what it held before)</source>
        <translation>disken är full: det finns inget utrymme att skriva till cachen %1 (den behåller det den hade innan)</translation>
    </message>
    <message>
        <source>another writer kept the cache %1 locked for too long (%2)</source>
        <translation>en annan skrivare höll cachen %1 låst för länge (%2)</translation>
    </message>
</context>
<context>
    <name>SqliteSchema</name>
    <message>
        <source>%1 is not a newsdesk cache.</source>
        <translation>%1 är ingen newsdesk-cache.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer newsdesk (schema %2; this program knows up to %3). Update newsdesk, or choose another cache with --db.</source>
        <translation>Cachen %1 skrevs av en nyare version av newsdesk (schema %2; det här programmet känner till schema upp till %3). Uppdatera newsdesk eller välj en annan cache med --db.</translation>
    </message>
    <message>
        <source>Internal error: migration %1 is missing.</source>
        <translation>Internt fel: migrering %1 saknas.</translation>
    </message>
    <message>
        <source>Cannot update the cache %1 to schema %2: %3</source>
        <translation>Kan inte uppdatera cachen %1 till schema %2: %3</translation>
    </message>
    <message>
        <source>Cannot update the cache %1: %2</source>
        <translation>Kan inte uppdatera cachen %1: %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: %2</source>
        <translation>Cachen %1 är skadad: %2</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2</source>
        <translation>Kan inte läsa cachen %1: %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: its schema version cannot be read.</source>
        <translation>Cachen %1 är skadad: dess schemaversion kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a newsdesk cache. newsdesk leaves it untouched; choose another cache with --db.</source>
        <translation>%1 är ett annat programs SQLite-databas, ingen newsdesk-cache. newsdesk lämnar den orörd; välj en annan cache med --db.</translation>
    </message>
    <message>
        <source>%1 is the state database of a newsdesk cache (your read and starred marks), not a cache. newsdesk leaves it untouched; choose the cache itself with --db.</source>
        <translation>%1 är tillståndsdatabasen för en newsdesk-cache (dina läst- och stjärnmarkeringar), inte en cache. newsdesk lämnar den orörd; välj själva cachen med --db.</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>The cache %1 is not open.</source>
        <translation>Cachen %1 är inte öppen.</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2</source>
        <translation>Kan inte läsa cachen %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the cache %1: %2</source>
        <translation>Kan inte skriva till cachen %1: %2</translation>
    </message>
    <message>
        <source>The cache %1 may only be read: the file or its folder is read-only. Reading commands (list, categories, export) still work.</source>
        <translation>Cachen %1 får bara läsas: filen eller dess mapp är skrivskyddad. Läsande kommandon (list, categories, export) fungerar ändå.</translation>
    </message>
    <message>
        <source>The cache %1 needs an update that this program may not write (it may only read the file). Open it once where it may be written.</source>
        <translation>Cachen %1 behöver en uppdatering som det här programmet inte får skriva (det får bara läsa filen). Öppna den en gång där den får skrivas.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: %2</source>
        <translation>Cachen %1 är skadad: %2</translation>
    </message>
    <message>
        <source>%1 is the state database of a newsdesk cache (your read and starred marks) or a backup of one, not a cache. newsdesk leaves it untouched; choose the cache itself with --db.</source>
        <translation>%1 är tillståndsdatabasen för en newsdesk-cache (dina läst- och stjärnmarkeringar) eller en säkerhetskopia av den, inte en cache. newsdesk lämnar den orörd; välj själva cachen med --db.</translation>
    </message>
    <message>
        <source>%1 is damaged, and newsdesk does not know it as its cache (no state database %2 beside it names it): it is left untouched. Move it away to start a new cache. (%3)</source>
        <translation>%1 är skadad, och newsdesk känner inte igen den som sin cache (ingen tillståndsdatabas %2 bredvid den nämner den): den lämnas orörd. Flytta bort den för att börja en ny cache. (%3)</translation>
    </message>
    <message>
        <source>The state database %1 (your read and starred marks) is damaged: %2. The cache %3 is not. newsdesk restores the state database from its newest backup the next time it opens the cache to write (for example newsdesk import, or the window).</source>
        <translation>Tillståndsdatabasen %1 (dina läst- och stjärnmarkeringar) är skadad: %2. Cachen %3 är det inte. newsdesk återställer tillståndsdatabasen från dess senaste säkerhetskopia nästa gång den öppnar cachen för att skriva (till exempel newsdesk import, eller fönstret).</translation>
    </message>
</context>
<context>
    <name>StateDatabase</name>
    <message>
        <source>Cannot open the state database %1: another newsdesk holds its lock (%2).</source>
        <translation>Kan inte öppna tillståndsdatabasen %1: en annan newsdesk håller dess lås (%2).</translation>
    </message>
    <message>
        <source>The state database %1 is damaged: %2</source>
        <translation>Tillståndsdatabasen %1 är skadad: %2</translation>
    </message>
    <message>
        <source>Cannot read the state database %1: %2</source>
        <translation>Kan inte läsa tillståndsdatabasen %1: %2</translation>
    </message>
    <message>
        <source>The state database %1 was written by a newer newsdesk (schema %2; this program knows up to %3).</source>
        <translation>Tillståndsdatabasen %1 skrevs av en nyare newsdesk (schema %2; det här programmet känner till schema %3).</translation>
    </message>
    <message>
        <source>Internal error: the schema of the state database is missing.</source>
        <translation>Internt fel: tillståndsdatabasens schema saknas.</translation>
    </message>
    <message>
        <source>%1 It was set aside as %2, and your read and starred marks were restored from the backup of %3 (%4): marks set since then are lost.</source>
        <translation>%1 Den lades undan som %2, och dina läst- och stjärnmarkeringar återställdes från säkerhetskopian från %3 (%4): markeringar gjorda sedan dess är förlorade.</translation>
    </message>
    <message>
        <source>Cannot open the state database %1: %2</source>
        <translation>Kan inte öppna tillståndsdatabasen %1: %2</translation>
    </message>
    <message>
        <source>The state database %1 is damaged: it is not a whole SQLite database.</source>
        <translation>Tillståndsdatabasen %1 är skadad: den är inte en hel SQLite-databas.</translation>
    </message>
    <message>
        <source>Cannot update the state database %1: %2</source>
        <translation>Kan inte uppdatera tillståndsdatabasen %1: %2</translation>
    </message>
    <message>
        <source>%1 It was set aside as %2. There was no sound backup of it: your read and starred marks start anew.</source>
        <translation>%1 Den lades undan som %2. Det fanns ingen hel säkerhetskopia av den: dina läst- och stjärnmarkeringar börjar om från början.</translation>
    </message>
    <message>
        <source>Another newsdesk (a window or a command) has it open: it is restored from its backup the next time newsdesk opens the cache after that one has closed it.</source>
        <translation>Ett annat newsdesk (ett fönster eller ett kommando) har den öppen: den återställs från sin säkerhetskopia nästa gång newsdesk öppnar cachen efter att det andra har stängt den.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No cache</source>
        <translation>Ingen cache</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>Räknar träffar…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln nyhet</numerusform>
            <numerusform>%Ln nyheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln item(s)</source>
        <translation>
            <numerusform>%L1 av %Ln nyhet</numerusform>
            <numerusform>%L1 av %Ln nyheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, %Ln markerad</numerusform>
            <numerusform>%1, %Ln markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusmeddelande</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Antal nyheter</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln unread</source>
        <translation>
            <numerusform>%1, %Ln oläst</numerusform>
            <numerusform>%1, %Ln olästa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>newsdesk</source>
        <translation>newsdesk</translation>
    </message>
    <message numerus="yes">
        <source>newsdesk: %Ln unread item(s)</source>
        <translation>
            <numerusform>newsdesk: %Ln oläst nyhet</numerusform>
            <numerusform>newsdesk: %Ln olästa nyheter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message numerus="yes">
        <source>Mark %Ln Item(s) as Read</source>
        <translation>
            <numerusform>Markera %Ln nyhet som läst</numerusform>
            <numerusform>Markera %Ln nyheter som lästa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Item(s) as Unread</source>
        <translation>
            <numerusform>Markera %Ln nyhet som oläst</numerusform>
            <numerusform>Markera %Ln nyheter som olästa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star %Ln Item(s)</source>
        <translation>
            <numerusform>Stjärnmärk %Ln nyhet</numerusform>
            <numerusform>Stjärnmärk %Ln nyheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the Star from %Ln Item(s)</source>
        <translation>
            <numerusform>Ta bort stjärnan från %Ln nyhet</numerusform>
            <numerusform>Ta bort stjärnan från %Ln nyheter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Up, Down</source>
        <translation>Upp, Ned</translation>
    </message>
    <message>
        <source>Previous or next item</source>
        <translation>Föregående eller nästa nyhet</translation>
    </message>
    <message>
        <source>Shift+Click, Ctrl+Click</source>
        <translation>Shift+klick, Ctrl+klick</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Utöka markeringen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <source>Check or uncheck a category (in the category list)</source>
        <translation>Markera eller avmarkera en kategori (i kategorilistan)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Nyhet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>Importera &amp;filer…</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>Importera &amp;mapp…</translation>
    </message>
    <message>
        <source>&amp;Re-import Watched Sources</source>
        <translation>Importera &amp;bevakade källor igen</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>Importera igen</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>&amp;Nästa nyhet</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>&amp;Föregående nyhet</translation>
    </message>
    <message>
        <source>Next &amp;Unread Item</source>
        <translation>Nästa &amp;olästa nyhet</translation>
    </message>
    <message>
        <source>&amp;Read On</source>
        <translation>&amp;Läs vidare</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Markera som &amp;läst/oläst</translation>
    </message>
    <message>
        <source>Toggle &amp;Star</source>
        <translation>&amp;Stjärnmärk/ta bort stjärna</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stjärnmärk</translation>
    </message>
    <message>
        <source>&amp;Mark All Shown as Read</source>
        <translation>&amp;Markera alla visade som lästa</translation>
    </message>
    <message>
        <source>All Read</source>
        <translation>Alla lästa</translation>
    </message>
    <message>
        <source>Show Only &amp;Unread</source>
        <translation>Visa endast &amp;olästa</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Olästa</translation>
    </message>
    <message>
        <source>Show Only S&amp;tarred</source>
        <translation>Visa endast s&amp;tjärnmärkta</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Stjärnmärkt</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Rensa &amp;filter</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About newsdesk</source>
        <translation>&amp;Om newsdesk</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemets språk</translation>
    </message>
    <message>
        <source>Import news listing files (%1)</source>
        <translation>Importera filer med nyhetslistor (%1)</translation>
    </message>
    <message>
        <source>Import every listing in a folder and watch it for new files (%1)</source>
        <translation>Importera alla nyhetslistor i en mapp och bevaka den efter nya filer (%1)</translation>
    </message>
    <message>
        <source>Import the watched files and folders again (%1)</source>
        <translation>Importera de bevakade filerna och mapparna igen (%1)</translation>
    </message>
    <message>
        <source>Mark the selected items read or unread (%1)</source>
        <translation>Markera de valda nyheterna som lästa eller olästa (%1)</translation>
    </message>
    <message>
        <source>Star or unstar the selected items (%1)</source>
        <translation>Stjärnmärk de valda nyheterna eller ta bort stjärnan (%1)</translation>
    </message>
    <message>
        <source>Mark every item the list shows as read (%1)</source>
        <translation>Markera alla nyheter som listan visar som lästa (%1)</translation>
    </message>
    <message>
        <source>Show only unread items (%1)</source>
        <translation>Visa endast olästa nyheter (%1)</translation>
    </message>
    <message>
        <source>Show only starred items (%1)</source>
        <translation>Visa endast stjärnmärkta nyheter (%1)</translation>
    </message>
    <message>
        <source>Import the watched files and folders again</source>
        <translation>Importera de bevakade filerna och mapparna igen</translation>
    </message>
    <message>
        <source>Stop the import after the current file</source>
        <translation>Stoppa importen efter den aktuella filen</translation>
    </message>
    <message>
        <source>Next unread item (wraps around)</source>
        <translation>Nästa olästa nyhet (börjar om från början vid slutet)</translation>
    </message>
    <message>
        <source>Page down in the item; at its end, go to the next one</source>
        <translation>Bläddra nedåt i nyheten; vid slutet, gå till nästa</translation>
    </message>
    <message>
        <source>Mark the selected items read or unread</source>
        <translation>Markera de valda nyheterna som lästa eller olästa</translation>
    </message>
    <message>
        <source>Star or unstar the selected items</source>
        <translation>Stjärnmärk de valda nyheterna eller ta bort stjärnan</translation>
    </message>
    <message>
        <source>Mark every item the list shows as read</source>
        <translation>Markera alla nyheter som listan visar som lästa</translation>
    </message>
    <message>
        <source>With a search: the items whose titles hold more of its words first, newest first among equals</source>
        <translation>Vid en sökning: nyheterna vars rubriker innehåller fler av sökorden först, de nyaste först bland lika</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Sortera efter</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>Forget &amp;Watched Sources</source>
        <translation>&amp;Glöm bevakade källor</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <source>&amp;Configure Shortcuts…</source>
        <translation>Anpassa &amp;kortkommandon…</translation>
    </message>
    <message>
        <source>Show Icon in &amp;Notification Area</source>
        <translation>Visa ikon i &amp;meddelandefältet</translation>
    </message>
    <message>
        <source>Show Only &amp;New Items</source>
        <translation>Visa endast &amp;nya nyheter</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>&amp;Listing Order</source>
        <translation>&amp;Listordning</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>&amp;Best Match First</source>
        <translation>&amp;Bästa träff först</translation>
    </message>
    <message>
        <source>Source &amp;File</source>
        <translation>&amp;Källfil</translation>
    </message>
    <message>
        <source>&amp;Unread First</source>
        <translation>&amp;Olästa först</translation>
    </message>
    <message>
        <source>&amp;Starred First</source>
        <translation>&amp;Stjärnmärkta först</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Återställ zoom</translation>
    </message>
    <message>
        <source>Co&amp;mpact List</source>
        <translation>&amp;Kompakt lista</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Sida vid sida</translation>
    </message>
    <message>
        <source>&amp;List Above the Item</source>
        <translation>&amp;Listan ovanför nyheten</translation>
    </message>
    <message>
        <source>Show C&amp;ategory Pane</source>
        <translation>Visa kate&amp;goripanelen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <source>Show only the items that arrived since your last visit</source>
        <translation>Visa endast nyheterna som kommit sedan ditt senaste besök</translation>
    </message>
    <message>
        <source>Larger text in the list and the item</source>
        <translation>Större text i listan och nyheten</translation>
    </message>
    <message>
        <source>Smaller text in the list and the item</source>
        <translation>Mindre text i listan och nyheten</translation>
    </message>
    <message>
        <source>Text of the normal size in the list and the item</source>
        <translation>Text i normal storlek i listan och nyheten</translation>
    </message>
    <message>
        <source>Show or hide the category pane</source>
        <translation>Visa eller dölj kategoripanelen</translation>
    </message>
    <message>
        <source>Fill the screen with the window, or leave full screen</source>
        <translation>Låt fönstret fylla skärmen, eller lämna helskärmsläget</translation>
    </message>
    <message>
        <source>&amp;Open Source File</source>
        <translation>&amp;Öppna källfilen</translation>
    </message>
</context>
</TS>
