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
        <source>Use the cache FILE, or the shared archive postgresql://USER@HOST:PORT/DATABASE (a PostgreSQL server: docs/TEAM.md), instead of the default (%1).</source>
        <translation>Använd cachen FIL, eller det delade arkivet postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS (en PostgreSQL-server: docs/TEAM.md), i stället för standardcachen (%1).</translation>
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
    <message>
        <source>Only the item with this ID (repeat for several).</source>
        <translation>Endast nyheten med detta ID (upprepa för flera).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only items that carry the label NAME (repeat for several: any of them).</source>
        <translation>Endast nyheter med etiketten NAMN (upprepa för flera: någon av dem).</translation>
    </message>
    <message>
        <source>Only the items of the saved view VIEW; the other filter options given narrow it.</source>
        <translation>Endast nyheterna i den sparade vyn VY; de andra filteralternativen som anges begränsar den.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VY</translation>
    </message>
    <message>
        <source>Only hidden items (without it, hidden items are left out).</source>
        <translation>Endast dolda nyheter (utan det utelämnas dolda nyheter).</translation>
    </message>
    <message>
        <source>Output format: text, tsv, json or csv (default: text).</source>
        <translation>Utdataformat: text, tsv, json eller csv (standard: text).</translation>
    </message>
    <message>
        <source>newsdesk %1: unknown format “%2” (text, tsv, json or csv).</source>
        <translation>newsdesk %1: okänt format ”%2” (text, tsv, json eller csv).</translation>
    </message>
    <message>
        <source>newsdesk %1: the cache %2 may only be read here; nothing was changed.</source>
        <translation>newsdesk %1: cachen %2 får bara läsas här; inget ändrades.</translation>
    </message>
    <message>
        <source>newsdesk: --id takes an item number, not “%1”.</source>
        <translation>newsdesk: --id tar ett nyhetsnummer, inte ”%1”.</translation>
    </message>
    <message>
        <source>newsdesk %1: no saved view named %2; there are none yet (newsdesk view save NAME).</source>
        <translation>newsdesk %1: ingen sparad vy heter %2; det finns inga än (newsdesk view save NAMN).</translation>
    </message>
    <message>
        <source>newsdesk %1: no saved view named %2; the views are: %3.</source>
        <translation>newsdesk %1: ingen sparad vy heter %2; vyerna är: %3.</translation>
    </message>
    <message>
        <source>newsdesk %1: the view %2 has categories or labels of its own; --category and --label cannot narrow them (a view takes any of its labels and categories).</source>
        <translation>newsdesk %1: vyn %2 har egna kategorier eller etiketter; --category och --label kan inte begränsa dem (en vy tar vilken som helst av sina etiketter och kategorier).</translation>
    </message>
    <message>
        <source>newsdesk %1: No label named %2; there are no labels yet (newsdesk label add NAME).</source>
        <translation>newsdesk %1: Ingen etikett heter %2; det finns inga etiketter än (newsdesk label add NAMN).</translation>
    </message>
    <message>
        <source>newsdesk %1: No label named %2; the labels are: %3.</source>
        <translation>newsdesk %1: Ingen etikett heter %2; etiketterna är: %3.</translation>
    </message>
    <message>
        <source>newsdesk %1: there is no item %2 in the cache.</source>
        <translation>newsdesk %1: det finns ingen nyhet %2 i cachen.</translation>
    </message>
    <message>
        <source>newsdesk %1: the name is empty; give it a name.</source>
        <translation>newsdesk %1: namnet är tomt; ge det ett namn.</translation>
    </message>
    <message>
        <source>newsdesk %1: the name is %L2 characters long; at most %L3 are allowed.</source>
        <translation>newsdesk %1: namnet är %L2 tecken långt; högst %L3 är tillåtna.</translation>
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
    <message>
        <source>Commands that organise the archive (each has --help):
  mark        mark items read, unread, starred or not
  label       put a label on items or take it off
  labels      list the labels with their item counts
  note        write or clear the note of an item
  hide        hide items
  unhide      restore hidden items
  view        save or delete a saved view
  views       list the saved views
  state       export or import everything you made, as one file</source>
        <translation>Kommandon som ordnar arkivet (alla har --help):
  mark        markera nyheter som lästa, olästa, stjärnmärkta eller inte
  label       sätt en etikett på nyheter eller ta bort den
  labels      lista etiketterna med antal nyheter
  note        skriv eller ta bort anteckningen för en nyhet
  hide        dölj nyheter
  unhide      återställ dolda nyheter
  view        spara eller ta bort en sparad vy
  views       lista de sparade vyerna
  state       exportera eller importera allt du har gjort, som en fil</translation>
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
    <name>ConnectArchiveDialog</name>
    <message>
        <source>Connect to a Shared Archive</source>
        <translation>Anslut till ett delat arkiv</translation>
    </message>
    <message>
        <source>A team&apos;s archive on a PostgreSQL server: everyone imports into it and reads it, each with their own read and starred marks.</source>
        <translation>Ett gemensamt arkiv för en grupp på en PostgreSQL-server: alla importerar till det och läser i det, var och en med egna läst- och stjärnmarkeringar.</translation>
    </message>
    <message>
        <source>Address of the shared archive</source>
        <translation>Adress till det delade arkivet</translation>
    </message>
    <message>
        <source>Password for the server</source>
        <translation>Lösenord till servern</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Your password is never stored. newsdesk asks for it only when the server wants one that PGPASSWORD or ~/.pgpass do not give, and keeps it until you quit.</source>
        <translation>Ditt lösenord sparas aldrig. newsdesk frågar efter det bara när servern vill ha ett som PGPASSWORD eller ~/.pgpass inte ger, och minns det tills du avslutar.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Use the &amp;Local Cache</source>
        <translation>Använd den lokala &amp;cachen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>The server asks for a password for %1.</source>
        <translation>Servern vill ha ett lösenord för %1.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Ansluter</translation>
    </message>
</context>
<context>
    <name>CountDelegate</name>
    <message numerus="yes">
        <source>%Ln item(s), %1 unread</source>
        <translation>
            <numerusform>%Ln nyhet, %1 oläst</numerusform>
            <numerusform>%Ln nyheter, %1 olästa</numerusform>
        </translation>
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
    <message>
        <source>Also carry your own state of each item: any of read, starred, labels, note (comma-separated), or all. CSV gets a column each, JSON a key (read and starred are always there), Markdown, HTML and PDF a line per item; txt ignores them.</source>
        <translation>Ta även med ditt eget för varje nyhet: någon av read, starred, labels, note (kommaseparerade), eller all. CSV får en kolumn för varje, JSON en nyckel (read och starred finns alltid med), Markdown, HTML och PDF en rad per nyhet; txt bortser från dem.</translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation>FÄLT</translation>
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
    <message>
        <source>&amp;Read or unread</source>
        <translation>&amp;Läst eller oläst</translation>
    </message>
    <message>
        <source>Export whether each item is read</source>
        <translation>Exportera om varje nyhet är läst</translation>
    </message>
    <message>
        <source>S&amp;tarred or not</source>
        <translation>&amp;Stjärnmärkt eller inte</translation>
    </message>
    <message>
        <source>Export whether each item is starred</source>
        <translation>Exportera om varje nyhet är stjärnmärkt</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiketter</translation>
    </message>
    <message>
        <source>Export the labels of each item</source>
        <translation>Exportera etiketterna för varje nyhet</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Ante&amp;ckningar</translation>
    </message>
    <message>
        <source>Export the note of each item</source>
        <translation>Exportera anteckningen för varje nyhet</translation>
    </message>
</context>
<context>
    <name>ExportFields</name>
    <message>
        <source>An empty field in “%1”; the fields are %2, or all.</source>
        <translation>Ett tomt fält i ”%1”; fälten är %2, eller all.</translation>
    </message>
    <message>
        <source>Unknown field “%1”; the fields are %2, or all.</source>
        <translation>Okänt fält ”%1”; fälten är %2, eller all.</translation>
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
    <message>
        <source>Label: %1</source>
        <translation>Etikett: %1</translation>
    </message>
    <message>
        <source>Labels (any of): %1</source>
        <translation>Etiketter (någon av): %1</translation>
    </message>
    <message>
        <source>hidden items</source>
        <translation>dolda nyheter</translation>
    </message>
    <message>
        <source>hidden items too</source>
        <translation>även dolda nyheter</translation>
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
    <name>HideItemsCommand</name>
    <message>
        <source>Hide items: the items the filter options select (without them, every item that list shows). Hidden items are left out of every list, count and export until they are restored (newsdesk unhide); they stay hidden across imports.</source>
        <translation>Dölj nyheter: de nyheter som filteralternativen väljer (utan dem varje nyhet som list visar). Dolda nyheter utelämnas ur varje lista, antal och export tills de återställs (newsdesk unhide); de förblir dolda vid nya importer.</translation>
    </message>
    <message>
        <source>Restore hidden items: the hidden items the filter options select (without them, every hidden item).</source>
        <translation>Återställ dolda nyheter: de dolda nyheter som filteralternativen väljer (utan dem varje dold nyhet).</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 on usage or cache errors.</source>
        <translation>Slutstatus: 0 när allt gick bra; 1 vid fel i anropet eller i cachen.</translation>
    </message>
    <message numerus="yes">
        <source>Hid %Ln item(s).</source>
        <translation>
            <numerusform>Dolde %Ln nyhet.</numerusform>
            <numerusform>Dolde %Ln nyheter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln hidden item(s).</source>
        <translation>
            <numerusform>Återställde %Ln dold nyhet.</numerusform>
            <numerusform>Återställde %Ln dolda nyheter.</numerusform>
        </translation>
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
    <message>
        <source>Items: %1 new, %2 in the shared archive.</source>
        <translation>Nyheter: %1 nya, %2 i det delade arkivet.</translation>
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
    <name>ItemNoteCommand</name>
    <message>
        <source>Write the note of one item (plain text, kept as typed; search finds it), or clear it.</source>
        <translation>Skriv anteckningen för en nyhet (ren text, sparad som den skrevs; sökningen hittar den), eller ta bort den.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 on usage or cache errors.</source>
        <translation>Slutstatus: 0 när allt gick bra; 1 vid fel i anropet eller i cachen.</translation>
    </message>
    <message>
        <source>The item (its ID, as list --format tsv or json shows it).</source>
        <translation>Nyheten (dess ID, som list --format tsv eller json visar det).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The note&apos;s text (an empty TEXT clears it).</source>
        <translation>Anteckningens text (en tom TEXT tar bort den).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Remove the note.</source>
        <translation>Ta bort anteckningen.</translation>
    </message>
    <message>
        <source>newsdesk note: name one item with --id N.</source>
        <translation>newsdesk note: ange en nyhet med --id N.</translation>
    </message>
    <message>
        <source>newsdesk note: give either --text TEXT or --clear.</source>
        <translation>newsdesk note: ange antingen --text TEXT eller --clear.</translation>
    </message>
    <message>
        <source>Cleared the note of item %1.</source>
        <translation>Tog bort anteckningen på nyhet %1.</translation>
    </message>
    <message>
        <source>Saved the note of item %1.</source>
        <translation>Sparade anteckningen på nyhet %1.</translation>
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
    <message>
        <source>Read</source>
        <translation>Läst</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Oläst</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Stjärnmärkt</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Inte stjärnmärkt</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Etiketter: %1</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiketter:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
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
    <name>LabelDialog</name>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Annan…</translation>
    </message>
    <message>
        <source>New Label</source>
        <translation>Ny etikett</translation>
    </message>
    <message>
        <source>Label name</source>
        <translation>Etikettens namn</translation>
    </message>
    <message>
        <source>Budget, Read later, …</source>
        <translation>Budget, Läs senare, …</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Brun</translation>
    </message>
    <message>
        <source>Other colour</source>
        <translation>Annan färg</translation>
    </message>
    <message>
        <source>Why the name cannot be taken</source>
        <translation>Varför namnet inte kan användas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Färg:</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>Redigera etikett</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>En etikett behöver ett namn.</translation>
    </message>
    <message numerus="yes">
        <source>A label&apos;s name can be at most %n characters long.</source>
        <translation>
            <numerusform>En etiketts namn får vara högst %n tecken långt.</numerusform>
            <numerusform>En etiketts namn får vara högst %n tecken långt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is a label named “%1” already. Choose another name.</source>
        <translation>Det finns redan en etikett som heter ”%1”. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>Etikettens färg</translation>
    </message>
</context>
<context>
    <name>LabelItemsCommand</name>
    <message>
        <source>Put the label NAME on items (add; the label is made when there is none of that name) or take it off them (remove): the items the filter options select (without them, every item that list shows).</source>
        <translation>Sätt etiketten NAMN på nyheter (add; etiketten skapas när det inte finns någon med det namnet) eller ta bort den från dem (remove): de nyheter som filteralternativen väljer (utan dem varje nyhet som list visar).</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 on usage or cache errors.</source>
        <translation>Slutstatus: 0 när allt gick bra; 1 vid fel i anropet eller i cachen.</translation>
    </message>
    <message>
        <source>add or remove.</source>
        <translation>add eller remove.</translation>
    </message>
    <message>
        <source>The label&apos;s name (at most 200 characters).</source>
        <translation>Etikettens namn (högst 200 tecken).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>newsdesk label: say newsdesk label add NAME or newsdesk label remove NAME.</source>
        <translation>newsdesk label: skriv newsdesk label add NAMN eller newsdesk label remove NAMN.</translation>
    </message>
    <message>
        <source>Made the label %1.</source>
        <translation>Skapade etiketten %1.</translation>
    </message>
    <message numerus="yes">
        <source>Labelled %Ln item(s) %1.</source>
        <translation>
            <numerusform>Märkte %Ln nyhet %1.</numerusform>
            <numerusform>Märkte %Ln nyheter %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the label %1 off %Ln item(s).</source>
        <translation>
            <numerusform>Tog bort etiketten %1 från %Ln nyhet.</numerusform>
            <numerusform>Tog bort etiketten %1 från %Ln nyheter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelListCommand</name>
    <message>
        <source>List the labels in your order, with their colour, the number of items that carry each (hidden items left out) and how many of them are unread.</source>
        <translation>Lista etiketterna i din ordning, med deras färg, antalet nyheter som bär varje etikett (dolda nyheter utelämnade) och hur många av dem som är olästa.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 on usage or cache errors.</source>
        <translation>Slutstatus: 0 när allt gick bra; 1 vid fel i anropet eller i cachen.</translation>
    </message>
    <message>
        <source>No labels yet (newsdesk label add NAME).</source>
        <translation>Inga etiketter än (newsdesk label add NAMN).</translation>
    </message>
</context>
<context>
    <name>LabelModel</name>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation>
            <numerusform>%1: %Ln nyhet</numerusform>
            <numerusform>%1: %Ln nyheter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 unread of %3</source>
        <translation>%1, %2 olästa av %3</translation>
    </message>
    <message>
        <source>The labels of the selection cannot be counted: no cache is open.</source>
        <translation>Etiketterna på markeringen kan inte räknas: ingen cache är öppen.</translation>
    </message>
</context>
<context>
    <name>LabelPane</name>
    <message>
        <source>Label actions</source>
        <translation>Etikettåtgärder</translation>
    </message>
    <message>
        <source>&amp;Rename Label…</source>
        <translation>&amp;Byt namn på etikett…</translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation>Byt &amp;färg…</translation>
    </message>
    <message>
        <source>&amp;Delete Label…</source>
        <translation>&amp;Ta bort etikett…</translation>
    </message>
    <message>
        <source>&amp;New Label…</source>
        <translation>&amp;Ny etikett…</translation>
    </message>
    <message>
        <source>&amp;Uncheck All Labels</source>
        <translation>&amp;Avmarkera alla etiketter</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiketter</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Make a new label</source>
        <translation>Skapa en ny etikett</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Ny etikett</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>No labels yet — select items and press 1, or right-click → New Label</source>
        <translation>Inga etiketter än — markera nyheter och tryck 1, eller högerklicka → Ny etikett</translation>
    </message>
    <message>
        <source>No labels yet</source>
        <translation>Inga etiketter än</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flytta ne&amp;d</translation>
    </message>
    <message>
        <source>Check labels to show only the items that carry them; drag a label, or press Ctrl+Shift+Up or Down, to move it</source>
        <translation>Markera etiketter för att bara visa nyheterna som har dem; dra en etikett, eller tryck Ctrl+Skift+Uppåtpil eller Nedåtpil, för att flytta den</translation>
    </message>
    <message>
        <source>Move Label Up</source>
        <translation>Flytta etiketten uppåt</translation>
    </message>
    <message>
        <source>Move Label Down</source>
        <translation>Flytta etiketten nedåt</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Print only the number of items the filter selects (at most --limit), on one line.</source>
        <translation>Skriv bara ut antalet nyheter som filtret väljer (högst --limit), på en rad.</translation>
    </message>
    <message>
        <source>List the items in the cache, newest first (hidden items only with --hidden).</source>
        <translation>Lista nyheterna i cachen, nyaste först (dolda nyheter endast med --hidden).</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Etiketter: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>A&amp;nslut…</translation>
    </message>
    <message>
        <source>Connect to a shared archive</source>
        <translation>Anslut till ett delat arkiv</translation>
    </message>
    <message>
        <source>Use the &amp;Local Cache</source>
        <translation>Använd den lokala &amp;cachen</translation>
    </message>
    <message>
        <source>Use the local cache</source>
        <translation>Använd den lokala cachen</translation>
    </message>
    <message>
        <source>newsdesk cannot reach the shared archive %1, so there is nothing to show. Retry when the server answers, or use the local cache.</source>
        <translation>newsdesk når inte det delade arkivet %1, så det finns inget att visa. Försök igen när servern svarar, eller använd den lokala cachen.</translation>
    </message>
    <message>
        <source>newsdesk could not read the shared archive %1: what the window shows may be incomplete. newsdesk tries again shortly; Retry reads it again now.</source>
        <translation>newsdesk kunde inte läsa det delade arkivet %1: det fönstret visar kan vara ofullständigt. newsdesk försöker snart igen; Försök igen läser det på nytt nu.</translation>
    </message>
    <message>
        <source>The shared archive %1 answers again; the list is up to date.</source>
        <translation>Det delade arkivet %1 svarar igen; listan är aktuell.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Connecting to the shared archive %1. The list shows once its server answers.</source>
        <translation>Ansluter till det delade arkivet %1. Listan visas så snart dess server svarar.</translation>
    </message>
</context>
<context>
    <name>MarkItemsCommand</name>
    <message>
        <source>Mark items read or unread, starred or not: the items the filter options select (without them, every item that list shows).</source>
        <translation>Markera nyheter som lästa eller olästa, stjärnmärkta eller inte: de nyheter som filteralternativen väljer (utan dem varje nyhet som list visar).</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 on usage or cache errors.</source>
        <translation>Slutstatus: 0 när allt gick bra; 1 vid fel i anropet eller i cachen.</translation>
    </message>
    <message>
        <source>Mark them read.</source>
        <translation>Markera dem som lästa.</translation>
    </message>
    <message>
        <source>Mark them unread.</source>
        <translation>Markera dem som olästa.</translation>
    </message>
    <message>
        <source>Star them.</source>
        <translation>Stjärnmärk dem.</translation>
    </message>
    <message>
        <source>Take their stars off.</source>
        <translation>Ta bort deras stjärnor.</translation>
    </message>
    <message>
        <source>newsdesk mark: say which mark: --read, --unread, --star or --unstar.</source>
        <translation>newsdesk mark: säg vilken markering: --read, --unread, --star eller --unstar.</translation>
    </message>
    <message>
        <source>newsdesk mark: only one mark at a time, not %1.</source>
        <translation>newsdesk mark: bara en markering åt gången, inte %1.</translation>
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
        <source>Took the star off %Ln item(s).</source>
        <translation>
            <numerusform>Tog bort stjärnan från %Ln nyhet.</numerusform>
            <numerusform>Tog bort stjärnan från %Ln nyheter.</numerusform>
        </translation>
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
    <message>
        <source>Labels: %1</source>
        <translation>Etiketter: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
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
    <message>
        <source>removing files</source>
        <translation>borttagning av källfiler</translation>
    </message>
    <message>
        <source>%1 is not a listing file of the cache %2; nothing was removed.</source>
        <translation>%1 är inte en källfil i cachen %2; inget togs bort.</translation>
    </message>
    <message>
        <source>The removal was cancelled while another import wrote into the cache %1; nothing was removed.</source>
        <translation>Borttagningen avbröts medan en annan import skrev i cachen %1; inget togs bort.</translation>
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
    <message>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>etiketter: %1</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>med anteckning</translation>
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
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>The list is still arriving from the shared archive: try again in a moment.</source>
        <translation>Listan hämtas fortfarande från det delade arkivet: försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Write a note…</source>
        <translation>Skriv en anteckning…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Your note on the item, saved as you write</source>
        <translation>Din anteckning om nyheten, sparas medan du skriver</translation>
    </message>
    <message>
        <source>Your note on the item: plain text, found by search, saved as you write</source>
        <translation>Din anteckning om nyheten: ren text, hittas av sökningen, sparas medan du skriver</translation>
    </message>
</context>
<context>
    <name>OrganiseController</name>
    <message>
        <source>Saved the label “%1”.</source>
        <translation>Sparade etiketten ”%1”.</translation>
    </message>
    <message>
        <source>The label “%1” is back on its items.</source>
        <translation>Etiketten ”%1” är tillbaka på sina nyheter.</translation>
    </message>
    <message>
        <source>Removed the note.</source>
        <translation>Tog bort anteckningen.</translation>
    </message>
    <message>
        <source>Saved the note.</source>
        <translation>Sparade anteckningen.</translation>
    </message>
    <message>
        <source>Deleted the saved view.</source>
        <translation>Tog bort den sparade vyn.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %Ln hidden item(s) for good.</source>
        <translation>
            <numerusform>Glömde %Ln dold nyhet för gott.</numerusform>
            <numerusform>Glömde %Ln dolda nyheter för gott.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no label %1: New Label… makes one.</source>
        <translation>Det finns ingen etikett %1: Ny etikett… skapar en.</translation>
    </message>
    <message>
        <source>Select the items first.</source>
        <translation>Markera nyheterna först.</translation>
    </message>
    <message>
        <source>That label no longer exists.</source>
        <translation>Den etiketten finns inte längre.</translation>
    </message>
    <message>
        <source>Change Many Items</source>
        <translation>Ändra många nyheter</translation>
    </message>
    <message numerus="yes">
        <source>Label %Ln item(s) “%1”?</source>
        <translation>
            <numerusform>Märka %Ln nyhet ”%1”?</numerusform>
            <numerusform>Märka %Ln nyheter ”%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the label “%1” from %Ln item(s)?</source>
        <translation>
            <numerusform>Ta bort etiketten ”%1” från %Ln nyhet?</numerusform>
            <numerusform>Ta bort etiketten ”%1” från %Ln nyheter?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo can set them back.</source>
        <translation>Redigera → Ångra kan återställa dem.</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Märk</translation>
    </message>
    <message>
        <source>&amp;Remove Label</source>
        <translation>&amp;Ta bort etikett</translation>
    </message>
    <message>
        <source>Made the label “%1”.</source>
        <translation>Skapade etiketten ”%1”.</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is taken off every item that carries it.</source>
        <translation>Ta bort etiketten ”%1”? Den tas bort från alla nyheter som har den.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the label “%1” from %Ln item(s)?</source>
        <translation>
            <numerusform>Ta bort etiketten ”%1” från %Ln nyhet?</numerusform>
            <numerusform>Ta bort etiketten ”%1” från %Ln nyheter?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>Ta bort etikett</translation>
    </message>
    <message>
        <source>Edit → Undo puts it back on them.</source>
        <translation>Redigera → Ångra sätter tillbaka den på dem.</translation>
    </message>
    <message>
        <source>&amp;Delete Label</source>
        <translation>&amp;Ta bort etikett</translation>
    </message>
    <message>
        <source>Deleted the label “%1” again.</source>
        <translation>Tog bort etiketten ”%1” igen.</translation>
    </message>
    <message>
        <source>Deleted the label “%1”.</source>
        <translation>Tog bort etiketten ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the label “%1” from %Ln item(s).</source>
        <translation>
            <numerusform>Tog bort etiketten ”%1” från %Ln nyhet.</numerusform>
            <numerusform>Tog bort etiketten ”%1” från %Ln nyheter.</numerusform>
        </translation>
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
        <source>Nothing to hide: the items were hidden already.</source>
        <translation>Inget att dölja: nyheterna var redan dolda.</translation>
    </message>
    <message>
        <source>Nothing to restore: the items were not hidden.</source>
        <translation>Inget att återställa: nyheterna var inte dolda.</translation>
    </message>
    <message>
        <source>Nothing to change: the items carry “%1” already.</source>
        <translation>Inget att ändra: nyheterna har redan ”%1”.</translation>
    </message>
    <message>
        <source>Nothing to change: the items do not carry “%1”.</source>
        <translation>Inget att ändra: nyheterna har inte ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Hid %Ln item(s): the Hidden view lists them.</source>
        <translation>
            <numerusform>Dolde %Ln nyhet: vyn Dolda listar dem.</numerusform>
            <numerusform>Dolde %Ln nyheter: vyn Dolda listar dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln item(s).</source>
        <translation>
            <numerusform>Återställde %Ln nyhet.</numerusform>
            <numerusform>Återställde %Ln nyheter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %Ln item(s) “%1”.</source>
        <translation>
            <numerusform>Märkte %Ln nyhet ”%1”.</numerusform>
            <numerusform>Märkte %Ln nyheter ”%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the label “%1” from %Ln item(s).</source>
        <translation>
            <numerusform>Tog bort etiketten ”%1” från %Ln nyhet.</numerusform>
            <numerusform>Tog bort etiketten ”%1” från %Ln nyheter.</numerusform>
        </translation>
    </message>
    <message>
        <source>newsdesk could not save your change: %1</source>
        <translation>newsdesk kunde inte spara din ändring: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hide %Ln item(s)?</source>
        <translation>
            <numerusform>Dölja %Ln nyhet?</numerusform>
            <numerusform>Dölja %Ln nyheter?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln item(s)?</source>
        <translation>
            <numerusform>Återställa %Ln nyhet?</numerusform>
            <numerusform>Återställa %Ln nyheter?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>No hidden items to forget.</source>
        <translation>Inga dolda nyheter att glömma.</translation>
    </message>
    <message numerus="yes">
        <source>Forget %Ln hidden item(s) for good?</source>
        <translation>
            <numerusform>Glömma %Ln dold nyhet för gott?</numerusform>
            <numerusform>Glömma %Ln dolda nyheter för gott?</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget every hidden item for good?</source>
        <translation>Glömma alla dolda nyheter för gott?</translation>
    </message>
    <message>
        <source>Forget Hidden Items</source>
        <translation>Glöm dolda nyheter</translation>
    </message>
    <message>
        <source>They are never shown again, not even in the Hidden view or after an import. This cannot be undone.</source>
        <translation>De visas aldrig mer, inte ens i vyn Dolda eller efter en import. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Glöm</translation>
    </message>
    <message>
        <source>Choose a saved view first: Update View saves what the list shows into it.</source>
        <translation>Välj en sparad vy först: Uppdatera vy sparar det listan visar i den.</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Sparade vyn ”%1”.</translation>
    </message>
    <message>
        <source>Delete Saved View</source>
        <translation>Ta bort sparad vy</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”?</source>
        <translation>Ta bort den sparade vyn ”%1”?</translation>
    </message>
    <message>
        <source>Its items stay; only the view goes.</source>
        <translation>Dess nyheter finns kvar; bara vyn försvinner.</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>&amp;Ta bort vy</translation>
    </message>
    <message>
        <source>The bundled sample news has no file to open.</source>
        <translation>De medföljande exempelnyheterna har ingen fil att öppna.</translation>
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
        <source>The bundled sample news is not a file: it cannot be removed.</source>
        <translation>De medföljande exempelnyheterna är ingen fil: de kan inte tas bort.</translation>
    </message>
    <message>
        <source>Remove %1 from the archive?</source>
        <translation>Ta bort %1 från arkivet?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln file(s) from the archive?</source>
        <translation>
            <numerusform>Ta bort %Ln fil från arkivet?</numerusform>
            <numerusform>Ta bort %Ln filer från arkivet?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Files</source>
        <translation>Ta bort filer</translation>
    </message>
    <message>
        <source>Their items go unless another file holds them; your labels, notes and marks are kept and come back if you import the files again. The files themselves are not touched.</source>
        <translation>Deras nyheter försvinner om inte en annan fil har dem; dina etiketter, anteckningar och markeringar sparas och kommer tillbaka om du importerar filerna igen. Själva filerna rörs inte.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln file(s) from the archive…</source>
        <translation>
            <numerusform>Tar bort %Ln fil från arkivet …</numerusform>
            <numerusform>Tar bort %Ln filer från arkivet …</numerusform>
        </translation>
    </message>
    <message>
        <source>The files could not be removed from the archive: %1</source>
        <translation>Filerna kunde inte tas bort från arkivet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) removed</source>
        <translation>
            <numerusform>%Ln nyhet borttagna</numerusform>
            <numerusform>%Ln nyheter borttagna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln file(s): %1.</source>
        <translation>
            <numerusform>Tog bort %Ln fil: %1.</numerusform>
            <numerusform>Tog bort %Ln filer: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept because another file holds them</source>
        <translation>
            <numerusform>%Ln kvar eftersom en annan fil har dem</numerusform>
            <numerusform>%Ln kvar eftersom en annan fil har dem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln file(s): %1, %2.</source>
        <translation>
            <numerusform>Tog bort %Ln fil: %1, %2.</numerusform>
            <numerusform>Tog bort %Ln filer: %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer watching %1; its items stay in the archive.</source>
        <translation>Bevakar inte längre %1; dess nyheter finns kvar i arkivet.</translation>
    </message>
    <message>
        <source>%1 was not being watched.</source>
        <translation>%1 bevakades inte.</translation>
    </message>
    <message>
        <source>The list changed meanwhile: nothing was changed. Select the items again.</source>
        <translation>Listan ändrades under tiden: ingenting ändrades. Markera nyheterna igen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are in files no longer in the archive.</source>
        <translation>
            <numerusform>%Ln av dem finns i en fil som inte längre finns i arkivet.</numerusform>
            <numerusform>%Ln av dem finns i filer som inte längre finns i arkivet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganiseRules</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>En sparad vy behöver ett namn.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>En etikett behöver ett namn.</translation>
    </message>
    <message>
        <source>The name of a saved view may have at most %1 characters; this one has %2.</source>
        <translation>Namnet på en sparad vy får ha högst %1 tecken; det här har %2.</translation>
    </message>
    <message>
        <source>The name of a label may have at most %1 characters; this one has %2.</source>
        <translation>Namnet på en etikett får ha högst %1 tecken; det här har %2.</translation>
    </message>
    <message>
        <source>There is already a saved view named “%1”.</source>
        <translation>Det finns redan en sparad vy som heter ”%1”.</translation>
    </message>
    <message>
        <source>There is already a label named “%1”.</source>
        <translation>Det finns redan en etikett som heter ”%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it as #rrggbb.</source>
        <translation>”%1” är ingen färg: skriv den som #rrggbb.</translation>
    </message>
    <message>
        <source>There is no such label (it may have been deleted).</source>
        <translation>Etiketten finns inte (den kan ha tagits bort).</translation>
    </message>
    <message>
        <source>There is no such saved view (it may have been deleted).</source>
        <translation>Den sparade vyn finns inte (den kan ha tagits bort).</translation>
    </message>
    <message>
        <source>The label “%1” exists already.</source>
        <translation>Etiketten ”%1” finns redan.</translation>
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
    <name>PaneCycler</name>
    <message>
        <source>Move the focus to the next pane</source>
        <translation>Flytta fokus till nästa panel</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Flytta fokus till föregående panel</translation>
    </message>
    <message>
        <source>Next P&amp;ane</source>
        <translation>Nästa pan&amp;el</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation>Föregående &amp;panel</translation>
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
    <name>PgAddress</name>
    <message>
        <source>%1 is not the address of a shared archive; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 är inte adressen till ett delat arkiv; skriv den som postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS.</translation>
    </message>
    <message>
        <source>The address %1 holds a password; newsdesk does not keep passwords: give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Adressen %1 innehåller ett lösenord; newsdesk sparar inga lösenord: ange det i PGPASSWORD eller ~/.pgpass i stället.</translation>
    </message>
    <message>
        <source>The person named in %1 must be 1 to %2 printable characters without “/”.</source>
        <translation>Personen som namnges i %1 måste vara 1 till %2 skrivbara tecken utan ”/”.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Cannot open the shared archive %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Kan inte öppna det delade arkivet %1: Qts PostgreSQL-drivrutin (QPSQL) är inte installerad (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the shared archive %1: %2</source>
        <translation>Kan inte ansluta till det delade arkivet %1: %2</translation>
    </message>
    <message>
        <source>The shared archive %1 failed: %2</source>
        <translation>Det delade arkivet %1 gav ett fel: %2</translation>
    </message>
    <message>
        <source>The shared archive %1 is busy: this waited %2 seconds for another person&apos;s import or change of the same items, and nothing of it was kept. Try again in a moment. (%3)</source>
        <translation>Det delade arkivet %1 är upptaget: det här väntade %2 sekunder på en annan persons import eller ändring av samma nyheter, och inget av det sparades. Försök igen om en stund. (%3)</translation>
    </message>
    <message>
        <source>The connection to the shared archive %1 was lost; what was not finished was not kept (the server undoes it). (%2)</source>
        <translation>Anslutningen till det delade arkivet %1 bröts; det som inte var klart sparades inte (servern ångrar det). (%2)</translation>
    </message>
    <message>
        <source>The shared archive %1 kept removing items of %2 while they were written (another import); try again.</source>
        <translation>Det delade arkivet %1 tog bort nyheter i %2 medan de skrevs, gång på gång (en annan import); försök igen.</translation>
    </message>
    <message>
        <source>The shared archive %1 kept meeting another import of the same items (a deadlock, %2 times); nothing of this batch was kept. Try again in a moment. (%3)</source>
        <translation>Det delade arkivet %1 krockade gång på gång med en annan import av samma nyheter (ett dödläge, %2 gånger); inget av den här omgången sparades. Försök igen om en stund. (%3)</translation>
    </message>
    <message>
        <source>The shared archive %1 refused: your role may not do this (%2). The archive&apos;s owner grants the rights (docs/TEAM.md, “Roles and rights”).</source>
        <translation>Det delade arkivet %1 vägrade: din roll får inte göra detta (%2). Arkivets ägare ger rättigheterna (docs/TEAM.md, ”Roles and rights”).</translation>
    </message>
    <message>
        <source>The shared archive %1 may only be read here (a read replica, or set read-only): marks, labels, notes and imports go to the main server (docs/TEAM.md, “Growing”). (%2)</source>
        <translation>Det delade arkivet %1 får bara läsas här (en läskopia, eller satt till endast läsning): markeringar, etiketter, anteckningar och importer går till huvudservern (docs/TEAM.md, ”Growing”). (%2)</translation>
    </message>
    <message>
        <source>The connection to the shared archive %1 is lost, and connecting again failed: %2</source>
        <translation>Anslutningen till det delade arkivet %1 bröts, och det gick inte att ansluta igen: %2</translation>
    </message>
    <message>
        <source>newsdesk connects again at the next read.</source>
        <translation>newsdesk ansluter igen vid nästa läsning.</translation>
    </message>
    <message>
        <source>Cannot connect to the shared archive %1: the server refused the password (a wrong password, or one changed since). (%2)</source>
        <translation>Kan inte ansluta till det delade arkivet %1: servern godtog inte lösenordet (ett felaktigt lösenord, eller ett som har ändrats sedan dess). (%2)</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>servern angav ingen orsak</translation>
    </message>
</context>
<context>
    <name>PgFilterSql</name>
    <message>
        <source>%1 is not available on a shared archive yet.</source>
        <translation>%1 finns ännu inte för ett delat arkiv.</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message numerus="yes">
        <source>The database of %1 is not a newsdesk archive (it holds %n table(s) of another program); it was left as it is.</source>
        <translation>
            <numerusform>Databasen i %1 är inte ett newsdesk-arkiv (den innehåller %n tabell från ett annat program); den lämnades som den var.</numerusform>
            <numerusform>Databasen i %1 är inte ett newsdesk-arkiv (den innehåller %n tabeller från ett annat program); den lämnades som den var.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared archive %1 was made by a newer newsdesk (schema %2; this one knows %3); update newsdesk to use it.</source>
        <translation>Det delade arkivet %1 skapades av en nyare newsdesk (schema %2; den här känner till %3); uppdatera newsdesk för att använda det.</translation>
    </message>
    <message>
        <source>newsdesk cannot read its migration %1 of the shared archive %2.</source>
        <translation>newsdesk kan inte läsa sin migrering %1 för det delade arkivet %2.</translation>
    </message>
</context>
<context>
    <name>PgSearchText</name>
    <message>
        <source>The PostgreSQL server of %1 lacks the extension pg_trgm, which newsdesk&apos;s search needs; install it on the server (it comes with PostgreSQL: on Debian the postgresql package, elsewhere often postgresql-contrib).</source>
        <translation>PostgreSQL-servern för %1 saknar tillägget pg_trgm, som newsdesks sökning behöver; installera det på servern (det följer med PostgreSQL: i Debian paketet postgresql, annars ofta postgresql-contrib).</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <source>The shared archive %1 has schema %2; this newsdesk needs %3 and may not change it here.</source>
        <translation>Det delade arkivet %1 har schema %2; den här newsdesk behöver %3 och får inte ändra det här.</translation>
    </message>
    <message>
        <source>The saved view “%1” on the shared archive %2 cannot be read: %3</source>
        <translation>Den sparade vyn ”%1” i det delade arkivet %2 kan inte läsas: %3</translation>
    </message>
    <message>
        <source>This mark</source>
        <translation>Den här markeringen</translation>
    </message>
    <message>
        <source>There is no item %1 in the shared archive %2.</source>
        <translation>Det finns ingen nyhet %1 i det delade arkivet %2.</translation>
    </message>
    <message>
        <source>Cannot merge into the shared archive %1: %2</source>
        <translation>Kan inte slå samman med det delade arkivet %1: %2</translation>
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
    <name>ReaderSession</name>
    <message>
        <source>No cache is open.</source>
        <translation>Ingen cache är öppen.</translation>
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
    <message>
        <source>newsdesk could not save the change of marks (read, starred, labels or hidden) in its cache %1; the list shows what the cache holds.</source>
        <translation>newsdesk kunde inte spara ändringen av markeringar (lästa, stjärnmärkta, etiketter eller dolda) i cachen %1; listan visar det som finns i cachen.</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>Save View</source>
        <translation>Spara vy</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Vyns namn</translation>
    </message>
    <message>
        <source>What the view shows</source>
        <translation>Vad vyn visar</translation>
    </message>
    <message>
        <source>A view is live: new items that match appear in it.</source>
        <translation>En vy är levande: nya nyheter som passar visas i den.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Visar:</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>En vy behöver ett namn.</translation>
    </message>
    <message numerus="yes">
        <source>A view&apos;s name can be at most %n characters long.</source>
        <translation>
            <numerusform>En vys namn får vara högst %n tecken långt.</numerusform>
            <numerusform>En vys namn får vara högst %n tecken långt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is a view named “%1” already. Replace it with what the list shows now?</source>
        <translation>Det finns redan en vy som heter ”%1”. Ersätt den med det listan visar nu?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersätt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
</context>
<context>
    <name>SavedViewModel</name>
    <message>
        <source>Hidden</source>
        <translation>Dolda</translation>
    </message>
    <message>
        <source>%1, %2 unread of %3</source>
        <translation>%1, %2 olästa av %3</translation>
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
    <name>SidePane</name>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Categories and sources</source>
        <translation>Kategorier och källor</translation>
    </message>
    <message>
        <source>Categories or sources</source>
        <translation>Kategorier eller källor</translation>
    </message>
    <message>
        <source>Side pane</source>
        <translation>Sidopanel</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>Sample news</source>
        <translation>Exempelnyheter</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Andra filer</translation>
    </message>
    <message>
        <source>%1, %2 unread of %3</source>
        <translation>%1, %2 olästa av %3</translation>
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
    <name>SourcePane</name>
    <message>
        <source>Source actions</source>
        <translation>Källåtgärder</translation>
    </message>
    <message>
        <source>&amp;Read This File</source>
        <translation>&amp;Läs den här filen</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>&amp;Öppna i redigerare</translation>
    </message>
    <message>
        <source>&amp;Stop Watching This Folder</source>
        <translation>&amp;Sluta bevaka den här mappen</translation>
    </message>
    <message>
        <source>Re&amp;move from Archive…</source>
        <translation>Ta bort från &amp;arkivet…</translation>
    </message>
    <message>
        <source>Show All Sou&amp;rces</source>
        <translation>Visa alla kä&amp;llor</translation>
    </message>
    <message>
        <source>Show the items of every file again</source>
        <translation>Visa nyheterna från alla filer igen</translation>
    </message>
    <message>
        <source>Show all sources</source>
        <translation>Visa alla källor</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>The imported files; double-click a file or press Enter to read it</source>
        <translation>De importerade filerna; dubbelklicka på en fil eller tryck Retur för att läsa den</translation>
    </message>
    <message>
        <source>No sources yet — import files or a folder (File → Import), or drop them on the window</source>
        <translation>Inga källor än — importera filer eller en mapp (Arkiv → Importera), eller släpp dem på fönstret</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Inga källor än</translation>
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
    <name>SqliteStateExchange</name>
    <message>
        <source>Cannot merge into the cache %1: %2</source>
        <translation>Kan inte slå samman med cachen %1: %2</translation>
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
    <message>
        <source>The state database of the cache %1 cannot hold labels or hidden items: open the cache once where it may be written.</source>
        <translation>Tillståndsdatabasen för cachen %1 kan inte hålla etiketter eller dolda nyheter: öppna cachen en gång där den får skrivas.</translation>
    </message>
    <message>
        <source>There is no such label (it may have been deleted).</source>
        <translation>Etiketten finns inte (den kan ha tagits bort).</translation>
    </message>
    <message>
        <source>The state database of the cache %1 cannot hold labels or saved views: open the cache once where it may be written.</source>
        <translation>Tillståndsdatabasen för cachen %1 kan inte hålla etiketter eller sparade vyer: öppna cachen en gång där den får skrivas.</translation>
    </message>
    <message>
        <source>There is no item %1 in the cache %2.</source>
        <translation>Det finns ingen nyhet %1 i cachen %2.</translation>
    </message>
    <message>
        <source>The saved view “%1” in the state database of the cache %2 cannot be read: %3</source>
        <translation>Den sparade vyn ”%1” i tillståndsdatabasen för cachen %2 kan inte läsas: %3</translation>
    </message>
    <message numerus="yes">
        <source>The list changed before the change was written: it holds %Ln item(s) now, %1 were shown. Nothing was changed; look at the list and choose again.</source>
        <translation>
            <numerusform>Listan ändrades innan ändringen skrevs: den innehåller nu %Ln nyhet, %1 visades. Inget ändrades; titta på listan och välj igen.</numerusform>
            <numerusform>Listan ändrades innan ändringen skrevs: den innehåller nu %Ln nyheter, %1 visades. Inget ändrades; titta på listan och välj igen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateCommand</name>
    <message>
        <source>Write everything you made (read and starred marks, labels, notes, hidden items, saved views) to one JSON file (export), or merge such a file into this cache&apos;s (import): by item identity, so it fits another machine&apos;s cache of the same listings. A merge joins marks, takes labels of the same name as the same label, keeps both of two different notes and replaces views of the same name.</source>
        <translation>Skriv allt du har gjort (läst- och stjärnmarkeringar, etiketter, anteckningar, dolda nyheter, sparade vyer) till en JSON-fil (export), eller sammanfoga en sådan fil med den här cachens (import): efter nyheternas identitet, så att den passar en annan dators cache av samma listningar. En sammanfogning förenar markeringar, tar etiketter med samma namn som samma etikett, behåller båda av två olika anteckningar och ersätter vyer med samma namn.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 on usage or cache errors, or a FILE that is not a newsdesk state file.</source>
        <translation>Slutstatus: 0 när allt gick bra; 1 vid fel i anropet eller i cachen, eller när FIL inte är en tillståndsfil från newsdesk.</translation>
    </message>
    <message>
        <source>export or import.</source>
        <translation>export eller import.</translation>
    </message>
    <message>
        <source>The state file.</source>
        <translation>Tillståndsfilen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>newsdesk state: say newsdesk state export FILE or newsdesk state import FILE.</source>
        <translation>newsdesk state: skriv newsdesk state export FIL eller newsdesk state import FIL.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the state of %Ln item(s) to %1: %2, %3.</source>
        <translation>
            <numerusform>Skrev tillståndet för %Ln nyhet till %1: %2, %3.</numerusform>
            <numerusform>Skrev tillståndet för %Ln nyheter till %1: %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln etikett</numerusform>
            <numerusform>%Ln etiketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved view(s)</source>
        <translation>
            <numerusform>%Ln sparade vy</numerusform>
            <numerusform>%Ln sparade vyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new label(s)</source>
        <translation>
            <numerusform>%Ln nya etikett</numerusform>
            <numerusform>%Ln nya etiketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new view(s)</source>
        <translation>
            <numerusform>%Ln nya vy</numerusform>
            <numerusform>%Ln nya vyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln view(s) replaced</source>
        <translation>
            <numerusform>%Ln vy ersatta</numerusform>
            <numerusform>%Ln vyer ersatta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) joined with yours</source>
        <translation>
            <numerusform>%Ln anteckning sammanfogade med dina</numerusform>
            <numerusform>%Ln anteckningar sammanfogade med dina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged the state of %Ln item(s): %1.</source>
        <translation>
            <numerusform>Sammanfogade tillståndet för %Ln nyhet: %1.</numerusform>
            <numerusform>Sammanfogade tillståndet för %Ln nyheter: %1.</numerusform>
        </translation>
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
    <name>StateFile</name>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>en lista med texter</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ett namn</translation>
    </message>
    <message>
        <source>a filter (%1)</source>
        <translation>ett filter (%1)</translation>
    </message>
    <message>
        <source>a key in hexadecimal digits</source>
        <translation>en nyckel i hexadecimala siffror</translation>
    </message>
    <message>
        <source>“%1” is not a newsdesk state file: its format is “%2”.</source>
        <translation>”%1” är ingen tillståndsfil från newsdesk: dess format är ”%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a newsdesk state file: it does not name its format as “%2”.</source>
        <translation>”%1” är ingen tillståndsfil från newsdesk: den anger inte formatet ”%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid state file: its version is missing or not a whole number.</source>
        <translation>”%1” är ingen giltig tillståndsfil: versionen saknas eller är inget heltal.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer newsdesk (state file version %2); this newsdesk reads version %3. Update newsdesk to import it.</source>
        <translation>”%1” skrevs av en nyare newsdesk (tillståndsfilens version %2); den här newsdesk läser version %3. Uppdatera newsdesk för att importera den.</translation>
    </message>
    <message>
        <source>“%1” is not a valid state file: %2 must be %3.</source>
        <translation>”%1” är ingen giltig tillståndsfil: %2 måste vara %3.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Kunde inte skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Kunde inte läsa ”%1”: %2</translation>
    </message>
    <message>
        <source>“%1”, line %2: not valid JSON (%3).</source>
        <translation>”%1”, rad %2: ingen giltig JSON (%3).</translation>
    </message>
    <message>
        <source>“%1” is not a newsdesk state file: it holds no JSON object.</source>
        <translation>”%1” är ingen tillståndsfil från newsdesk: den innehåller inget JSON-objekt.</translation>
    </message>
</context>
<context>
    <name>StateJob</name>
    <message>
        <source>Wrote your data to %1: the marks, labels and notes of %2, %3 and %4.</source>
        <translation>Skrev dina data till %1: markeringar, etiketter och anteckningar för %2, %3 och %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln nyhet</numerusform>
            <numerusform>%Ln nyheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln etikett</numerusform>
            <numerusform>%Ln etiketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved view(s)</source>
        <translation>
            <numerusform>%Ln sparade vy</numerusform>
            <numerusform>%Ln sparade vyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed</source>
        <translation>
            <numerusform>%Ln nyhet ändrade</numerusform>
            <numerusform>%Ln nyheter ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new label(s)</source>
        <translation>
            <numerusform>%Ln nya etikett</numerusform>
            <numerusform>%Ln nya etiketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new view(s)</source>
        <translation>
            <numerusform>%Ln nya vy</numerusform>
            <numerusform>%Ln nya vyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln view(s) replaced</source>
        <translation>
            <numerusform>%Ln vy ersatta</numerusform>
            <numerusform>%Ln vyer ersatta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) kept from both sides</source>
        <translation>
            <numerusform>%Ln anteckning behållna från båda hållen</numerusform>
            <numerusform>%Ln anteckningar behållna från båda hållen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged your data from %1: %2.</source>
        <translation>Slog ihop dina data från %1: %2.</translation>
    </message>
</context>
<context>
    <name>StateMergeRules</name>
    <message>
        <source>the label name “%1” is empty or longer than %2 characters.</source>
        <translation>etikettnamnet ”%1” är tomt eller längre än %2 tecken.</translation>
    </message>
    <message>
        <source>the saved view name “%1” is empty or longer than %2 characters.</source>
        <translation>namnet på den sparade vyn ”%1” är tomt eller längre än %2 tecken.</translation>
    </message>
</context>
<context>
    <name>StateTransfer</name>
    <message>
        <source>Export Your Data</source>
        <translation>Exportera dina data</translation>
    </message>
    <message>
        <source>newsdesk data (*.json);;All files (*)</source>
        <translation>newsdesk-data (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import Your Data</source>
        <translation>Importera dina data</translation>
    </message>
    <message>
        <source>Your data could not be exported to %1.</source>
        <translation>Dina data kunde inte exporteras till %1.</translation>
    </message>
    <message>
        <source>Your data could not be imported from %1.</source>
        <translation>Dina data kunde inte importeras från %1.</translation>
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
    <message>
        <source>Shared archive: %1</source>
        <translation>Delat arkiv: %1</translation>
    </message>
    <message>
        <source>The archive shown</source>
        <translation>Arkivet som visas</translation>
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
    <message>
        <source>Delete Label “%1”</source>
        <translation>Ta bort etiketten ”%1”</translation>
    </message>
    <message numerus="yes">
        <source>Hide %Ln Item(s)</source>
        <translation>
            <numerusform>Dölj %Ln nyhet</numerusform>
            <numerusform>Dölj %Ln nyheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln Item(s)</source>
        <translation>
            <numerusform>Återställ %Ln nyhet</numerusform>
            <numerusform>Återställ %Ln nyheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %Ln Item(s) “%1”</source>
        <translation>
            <numerusform>Märk %Ln nyhet ”%1”</numerusform>
            <numerusform>Märk %Ln nyheter ”%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Label “%1” from %Ln Item(s)</source>
        <translation>
            <numerusform>Ta bort etiketten ”%1” från %Ln nyhet</numerusform>
            <numerusform>Ta bort etiketten ”%1” från %Ln nyheter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewEditCommand</name>
    <message>
        <source>Save the filter options given as the view NAME (save; a view of that name is replaced), or delete the view NAME (delete). A view is live: new items that match appear in it.</source>
        <translation>Spara de angivna filteralternativen som den sparade vyn NAMN (save; en vy med samma namn ersätts), eller ta bort vyn NAMN (delete). En vy är levande: nya nyheter som passar syns i den.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 on usage or cache errors.</source>
        <translation>Slutstatus: 0 när allt gick bra; 1 vid fel i anropet eller i cachen.</translation>
    </message>
    <message>
        <source>save or delete.</source>
        <translation>save eller delete.</translation>
    </message>
    <message>
        <source>The view&apos;s name (at most 200 characters).</source>
        <translation>Vyns namn (högst 200 tecken).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>newsdesk view: say newsdesk view save NAME [filters] or newsdesk view delete NAME.</source>
        <translation>newsdesk view: skriv newsdesk view save NAMN [filter] eller newsdesk view delete NAMN.</translation>
    </message>
    <message>
        <source>newsdesk view: a view is a filter, not a list of items: --id cannot be saved in it.</source>
        <translation>newsdesk view: en vy är ett filter, inte en lista av nyheter: --id kan inte sparas i den.</translation>
    </message>
    <message>
        <source>newsdesk view: no saved view named %1.</source>
        <translation>newsdesk view: ingen sparad vy heter %1.</translation>
    </message>
    <message>
        <source>Deleted the view %1.</source>
        <translation>Tog bort den sparade vyn %1.</translation>
    </message>
    <message>
        <source>Replaced the view %1: %2.</source>
        <translation>Ersatte den sparade vyn %1: %2.</translation>
    </message>
    <message>
        <source>Saved the view %1: %2.</source>
        <translation>Sparade vyn %1: %2.</translation>
    </message>
</context>
<context>
    <name>ViewListCommand</name>
    <message>
        <source>List the saved views in your order, with the number of their items, how many of them are unread, and what each view holds.</source>
        <translation>Lista de sparade vyerna i din ordning, med antalet nyheter, hur många av dem som är olästa och vad varje vy innehåller.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 on usage or cache errors.</source>
        <translation>Slutstatus: 0 när allt gick bra; 1 vid fel i anropet eller i cachen.</translation>
    </message>
    <message>
        <source>No saved views yet (newsdesk view save NAME [filters]).</source>
        <translation>Inga sparade vyer än (newsdesk view save NAMN [filter]).</translation>
    </message>
</context>
<context>
    <name>ViewPane</name>
    <message>
        <source>Saved view actions</source>
        <translation>Åtgärder för sparade vyer</translation>
    </message>
    <message>
        <source>&amp;Show Hidden Items</source>
        <translation>&amp;Visa dolda nyheter</translation>
    </message>
    <message>
        <source>&amp;Forget Hidden Items…</source>
        <translation>&amp;Glöm dolda nyheter…</translation>
    </message>
    <message>
        <source>&amp;Show View</source>
        <translation>&amp;Visa vyn</translation>
    </message>
    <message>
        <source>&amp;Update View to the Current Filter</source>
        <translation>&amp;Uppdatera vyn till nuvarande filter</translation>
    </message>
    <message>
        <source>&amp;Rename View…</source>
        <translation>&amp;Byt namn på vyn…</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Delete View…</source>
        <translation>&amp;Ta bort vyn…</translation>
    </message>
    <message>
        <source>Saved Vie&amp;ws</source>
        <translation>Sparade v&amp;yer</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Sparade vyer</translation>
    </message>
    <message>
        <source>No saved views yet — set a filter, then choose Save View…</source>
        <translation>Inga sparade vyer än — ställ in ett filter och välj Spara vy…</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Inga sparade vyer än</translation>
    </message>
    <message>
        <source>Click a view or press Enter to show its items; drag a view, or press Ctrl+Shift+Up or Down, to move it</source>
        <translation>Klicka på en vy eller tryck Retur för att visa dess nyheter; dra en vy, eller tryck Ctrl+Skift+Uppåtpil eller Nedåtpil, för att flytta den</translation>
    </message>
    <message>
        <source>Move View Up</source>
        <translation>Flytta vyn uppåt</translation>
    </message>
    <message>
        <source>Move View Down</source>
        <translation>Flytta vyn nedåt</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Flytta u&amp;pp</translation>
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
        <source>Fill the screen with the window, or leave full screen</source>
        <translation>Låt fönstret fylla skärmen, eller lämna helskärmsläget</translation>
    </message>
    <message>
        <source>&amp;Open Source File</source>
        <translation>&amp;Öppna källfilen</translation>
    </message>
    <message>
        <source>Label &amp;%1</source>
        <translation>Etikett &amp;%1</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Put one of the first nine labels on the selected items, or take it off</source>
        <translation>Sätt en av de nio första etiketterna på de markerade nyheterna, eller ta bort den</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiketter</translation>
    </message>
    <message>
        <source>Show Side P&amp;ane</source>
        <translation>Visa sidopan&amp;elen</translation>
    </message>
    <message>
        <source>&amp;New Label…</source>
        <translation>&amp;Ny etikett…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Forget Hidden Items…</source>
        <translation>&amp;Glöm dolda nyheter…</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Items</source>
        <translation>Visa &amp;dolda nyheter</translation>
    </message>
    <message>
        <source>Sa&amp;ve View…</source>
        <translation>S&amp;para vy…</translation>
    </message>
    <message>
        <source>U&amp;pdate View</source>
        <translation>Uppdatera v&amp;yn</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Skriv a&amp;nteckning</translation>
    </message>
    <message>
        <source>Export Your &amp;Data…</source>
        <translation>Exportera &amp;dina data…</translation>
    </message>
    <message>
        <source>&amp;Import Your Data…</source>
        <translation>&amp;Importera dina data…</translation>
    </message>
    <message>
        <source>Show or hide the side pane: views, labels, categories and sources</source>
        <translation>Visa eller dölj sidopanelen: vyer, etiketter, kategorier och källor</translation>
    </message>
    <message>
        <source>Hide the selected items: they leave every list but the Hidden view</source>
        <translation>Dölj de markerade nyheterna: de försvinner ur alla listor utom vyn Dolda</translation>
    </message>
    <message>
        <source>Show the selected hidden items again</source>
        <translation>Visa de markerade dolda nyheterna igen</translation>
    </message>
    <message>
        <source>Write a note on the current item</source>
        <translation>Skriv en anteckning till den aktuella nyheten</translation>
    </message>
    <message>
        <source>Make a new label</source>
        <translation>Skapa en ny etikett</translation>
    </message>
    <message>
        <source>Keep what the list shows now as a saved view</source>
        <translation>Spara det listan visar nu som en sparad vy</translation>
    </message>
    <message>
        <source>Put label %1 on the selected items, or take it off</source>
        <translation>Sätt etikett %1 på de markerade nyheterna, eller ta bort den</translation>
    </message>
    <message>
        <source>Connect to a S&amp;hared Archive…</source>
        <translation>Anslu&amp;t till ett delat arkiv…</translation>
    </message>
</context>
</TS>
