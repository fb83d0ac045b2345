<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CacheRecovery</name>
    <message numerus="yes">
        <source>A new cache was built from the %n listing file(s) and folder(s) newsdesk remembers, with %1 items; your read and starred marks are kept.</source>
        <translation>
            <numerusform>A new cache was built from the listing file or folder newsdesk remembers, with %1 items; your read and starred marks are kept.</numerusform>
            <numerusform>A new cache was built from the %n listing files and folders newsdesk remembers, with %1 items; your read and starred marks are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message numerus="yes">
        <source>%1: %n item(s), %2 unread</source>
        <translation>
            <numerusform>%1: %n item, %2 unread</numerusform>
            <numerusform>%1: %n items, %2 unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>newsdesk %1: %Ln item(s) of an interrupted import are not yet searchable; adding them to the search index first.</source>
        <translation>
            <numerusform>newsdesk %1: %Ln item of an interrupted import is not yet searchable; adding it to the search index first.</numerusform>
            <numerusform>newsdesk %1: %Ln items of an interrupted import are not yet searchable; adding them to the search index first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>newsdesk %1: the results are incomplete: %Ln item(s) of an interrupted import are not yet searchable, and the cache may not be written here to add them. To complete them, run as someone who may write the cache: %2</source>
        <translation>
            <numerusform>newsdesk %1: the results are incomplete: %Ln item of an interrupted import is not yet searchable, and the cache may not be written here to add it. To complete it, run as someone who may write the cache: %2</numerusform>
            <numerusform>newsdesk %1: the results are incomplete: %Ln items of an interrupted import are not yet searchable, and the cache may not be written here to add them. To complete them, run as someone who may write the cache: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountDelegate</name>
    <message numerus="yes">
        <source>%Ln item(s), %1 unread</source>
        <translation>
            <numerusform>%Ln item, %1 unread</numerusform>
            <numerusform>%Ln items, %1 unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>A long item: %L1 characters, shown in %Ln part(s).</source>
        <translation>
            <numerusform>A long item: %L1 characters, shown in %Ln part.</numerusform>
            <numerusform>A long item: %L1 characters, shown in %Ln parts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>%Ln selected item(s)</source>
        <translation>
            <numerusform>%Ln selected item</numerusform>
            <numerusform>%Ln selected items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln item(s) to %1…</source>
        <translation>
            <numerusform>Exporting %Ln item to %1…</numerusform>
            <numerusform>Exporting %Ln items to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln item to %1.</numerusform>
            <numerusform>Exported %Ln items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %Ln Item(s)</source>
        <translation>
            <numerusform>Print %Ln Item</numerusform>
            <numerusform>Print %Ln Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln item(s) for printing…</source>
        <translation>
            <numerusform>Preparing %Ln item for printing…</numerusform>
            <numerusform>Preparing %Ln items for printing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %Ln item(s) to %1.</source>
        <translation>
            <numerusform>Printed %Ln item to %1.</numerusform>
            <numerusform>Printed %Ln items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln item(s) to the printer.</source>
        <translation>
            <numerusform>Sent %Ln item to the printer.</numerusform>
            <numerusform>Sent %Ln items to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln item(s).</source>
        <translation>
            <numerusform>Copied %Ln item.</numerusform>
            <numerusform>Copied %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export %Ln selected item(s)</source>
        <translation>
            <numerusform>Export %Ln selected item</numerusform>
            <numerusform>Export %Ln selected items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln shown item(s)</source>
        <translation>
            <numerusform>Export %Ln shown item</numerusform>
            <numerusform>Export %Ln shown items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %Ln item(s) in the cache</source>
        <translation>
            <numerusform>Export the %Ln item in the cache</numerusform>
            <numerusform>Export all %Ln items in the cache</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message numerus="yes">
        <source>%n chosen item(s)</source>
        <translation>
            <numerusform>%n chosen item</numerusform>
            <numerusform>%n chosen items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HideItemsCommand</name>
    <message numerus="yes">
        <source>Hid %Ln item(s).</source>
        <translation>
            <numerusform>Hid %Ln item.</numerusform>
            <numerusform>Hid %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln hidden item(s).</source>
        <translation>
            <numerusform>Restored %Ln hidden item.</numerusform>
            <numerusform>Restored %Ln hidden items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>newsdesk import: the cache may not be written here; %Ln item(s) still wait for the search index.</source>
        <translation>
            <numerusform>newsdesk import: the cache may not be written here; %Ln item still waits for the search index.</numerusform>
            <numerusform>newsdesk import: the cache may not be written here; %Ln items still wait for the search index.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>Stopped watching %n source(s); their items stay in the cache.</source>
        <translation>
            <numerusform>Stopped watching %n source; its items stay in the cache.</numerusform>
            <numerusform>Stopped watching %n sources; their items stay in the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln file(s)</source>
        <translation>
            <numerusform>%L1 of %Ln file</numerusform>
            <numerusform>%L1 of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported: they are not news listings. Show the details for the reason of each.</source>
        <translation>
            <numerusform>%n file could not be imported: it is not a news listing. Show the details for the reason.</numerusform>
            <numerusform>%n files could not be imported: they are not news listings. Show the details for the reason of each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the bundled sample news (%Ln item(s)). Use File → Import to add your own listings.</source>
        <translation>
            <numerusform>Imported the bundled sample news (%Ln item). Use File → Import to add your own listings.</numerusform>
            <numerusform>Imported the bundled sample news (%Ln items). Use File → Import to add your own listings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Imported %n file</numerusform>
            <numerusform>Imported %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s).</source>
        <translation>
            <numerusform>%Ln new item.</numerusform>
            <numerusform>%Ln new items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) no longer exist; their items left the cache.</source>
        <translation>
            <numerusform>%n file no longer exists; its items left the cache.</numerusform>
            <numerusform>%n files no longer exist; their items left the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No changes: %n file(s) already up to date.</source>
        <translation>
            <numerusform>No changes: %n file is already up to date.</numerusform>
            <numerusform>No changes: %n files are already up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import found %n problem(s) in the files it read; what could be read is in the cache. Show the details for each (file and line).</source>
        <translation>
            <numerusform>The import found %n problem in the files it read; what could be read is in the cache. Show the details (file and line).</numerusform>
            <numerusform>The import found %n problems in the files it read; what could be read is in the cache. Show the details for each (file and line).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) cannot be watched for changes, %1 the first (the system&apos;s limit of watches, fs.inotify.max_user_watches?): import them again to see changes.</source>
        <translation>
            <numerusform>A file or folder cannot be watched for changes, %1 (the system&apos;s limit of watches, fs.inotify.max_user_watches?): import it again to see changes.</numerusform>
            <numerusform>%n files or folders cannot be watched for changes, %1 the first (the system&apos;s limit of watches, fs.inotify.max_user_watches?): import them again to see changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>newsdesk will not warn about %n file(s) again until they change.</source>
        <translation>
            <numerusform>newsdesk will not warn about %n file again until it changes.</numerusform>
            <numerusform>newsdesk will not warn about %n files again until they change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message numerus="yes">
        <source>A label&apos;s name can be at most %n characters long.</source>
        <translation>
            <numerusform>A label&apos;s name can be at most %n characters long.</numerusform>
            <numerusform>A label&apos;s name can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelItemsCommand</name>
    <message numerus="yes">
        <source>Labelled %Ln item(s) %1.</source>
        <translation>
            <numerusform>Labelled %Ln item %1.</numerusform>
            <numerusform>Labelled %Ln items %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the label %1 off %Ln item(s).</source>
        <translation>
            <numerusform>Took the label %1 off %Ln item.</numerusform>
            <numerusform>Took the label %1 off %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelModel</name>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation>
            <numerusform>%1: %Ln item</numerusform>
            <numerusform>%1: %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingParser</name>
    <message numerus="yes">
        <source>%n more line(s) from here on were not valid UTF-8 either</source>
        <translation>
            <numerusform>%n more line from here on was not valid UTF-8 either</numerusform>
            <numerusform>%n more lines from here on were not valid UTF-8 either</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln new item</numerusform>
            <numerusform>%Ln new items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkItemsCommand</name>
    <message numerus="yes">
        <source>Marked %Ln item(s) as read.</source>
        <translation>
            <numerusform>Marked %Ln item as read.</numerusform>
            <numerusform>Marked %Ln items as read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln item(s) as unread.</source>
        <translation>
            <numerusform>Marked %Ln item as unread.</numerusform>
            <numerusform>Marked %Ln items as unread.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %Ln item(s).</source>
        <translation>
            <numerusform>Starred %Ln item.</numerusform>
            <numerusform>Starred %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the star off %Ln item(s).</source>
        <translation>
            <numerusform>Took the star off %Ln item.</numerusform>
            <numerusform>Took the star off %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsImporter</name>
    <message numerus="yes">
        <source>importing %1 and %n more file(s)</source>
        <translation>
            <numerusform>importing %1 and %n more file</numerusform>
            <numerusform>importing %1 and %n more files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the folder is missing or cannot be read (a drive that is not mounted?); the items of its %n file(s) were kept</source>
        <translation>
            <numerusform>the folder is missing or cannot be read (a drive that is not mounted?); the items of its %n file were kept</numerusform>
            <numerusform>the folder is missing or cannot be read (a drive that is not mounted?); the items of its %n files were kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganiseController</name>
    <message numerus="yes">
        <source>Forgot %Ln hidden item(s) for good.</source>
        <translation>
            <numerusform>Forgot %Ln hidden item for good.</numerusform>
            <numerusform>Forgot %Ln hidden items for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %Ln item(s) “%1”?</source>
        <translation>
            <numerusform>Label %Ln item “%1”?</numerusform>
            <numerusform>Label %Ln items “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the label “%1” from %Ln item(s)?</source>
        <translation>
            <numerusform>Remove the label “%1” from %Ln item?</numerusform>
            <numerusform>Remove the label “%1” from %Ln items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the label “%1” from %Ln item(s)?</source>
        <translation>
            <numerusform>Delete the label “%1” from %Ln item?</numerusform>
            <numerusform>Delete the label “%1” from %Ln items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the label “%1” from %Ln item(s).</source>
        <translation>
            <numerusform>Deleted the label “%1” from %Ln item.</numerusform>
            <numerusform>Deleted the label “%1” from %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hid %Ln item(s): the Hidden view lists them.</source>
        <translation>
            <numerusform>Hid %Ln item: the Hidden view lists them.</numerusform>
            <numerusform>Hid %Ln items: the Hidden view lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln item(s).</source>
        <translation>
            <numerusform>Restored %Ln item.</numerusform>
            <numerusform>Restored %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %Ln item(s) “%1”.</source>
        <translation>
            <numerusform>Labelled %Ln item “%1”.</numerusform>
            <numerusform>Labelled %Ln items “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the label “%1” from %Ln item(s).</source>
        <translation>
            <numerusform>Removed the label “%1” from %Ln item.</numerusform>
            <numerusform>Removed the label “%1” from %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %Ln item(s)?</source>
        <translation>
            <numerusform>Hide %Ln item?</numerusform>
            <numerusform>Hide %Ln items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln item(s)?</source>
        <translation>
            <numerusform>Restore %Ln item?</numerusform>
            <numerusform>Restore %Ln items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget %Ln hidden item(s) for good?</source>
        <translation>
            <numerusform>Forget %Ln hidden item for good?</numerusform>
            <numerusform>Forget %Ln hidden items for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln file(s) from the archive?</source>
        <translation>
            <numerusform>Remove %Ln file from the archive?</numerusform>
            <numerusform>Remove %Ln files from the archive?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln file(s) from the archive…</source>
        <translation>
            <numerusform>Removing %Ln file from the archive…</numerusform>
            <numerusform>Removing %Ln files from the archive…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) removed</source>
        <translation>
            <numerusform>%Ln item removed</numerusform>
            <numerusform>%Ln items removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln file(s): %1.</source>
        <translation>
            <numerusform>Removed %Ln file: %1.</numerusform>
            <numerusform>Removed %Ln files: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept because another file holds them</source>
        <translation>
            <numerusform>%Ln kept because another file holds them</numerusform>
            <numerusform>%Ln kept because another file holds them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln file(s): %1, %2.</source>
        <translation>
            <numerusform>Removed %Ln file: %1, %2.</numerusform>
            <numerusform>Removed %Ln files: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are in files no longer in the archive.</source>
        <translation>
            <numerusform>%Ln of them is in a file no longer in the archive.</numerusform>
            <numerusform>%Ln of them are in files no longer in the archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message numerus="yes">
        <source>The database of %1 is not a newsdesk archive (it holds %n table(s) of another program); it was left as it is.</source>
        <translation>
            <numerusform>The database of %1 is not a newsdesk archive (it holds %n table of another program); it was left as it is.</numerusform>
            <numerusform>The database of %1 is not a newsdesk archive (it holds %n tables of another program); it was left as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message numerus="yes">
        <source>Marked %Ln item(s) as read.</source>
        <translation>
            <numerusform>Marked %Ln item as read.</numerusform>
            <numerusform>Marked %Ln items as read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln item(s) as unread.</source>
        <translation>
            <numerusform>Marked %Ln item as unread.</numerusform>
            <numerusform>Marked %Ln items as unread.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %Ln item(s).</source>
        <translation>
            <numerusform>Starred %Ln item.</numerusform>
            <numerusform>Starred %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the star from %Ln item(s).</source>
        <translation>
            <numerusform>Removed the star from %Ln item.</numerusform>
            <numerusform>Removed the star from %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list is still being counted: up to %Ln unread item(s) may be marked as read.</source>
        <translation>
            <numerusform>The list is still being counted: up to %Ln unread item may be marked as read.</numerusform>
            <numerusform>The list is still being counted: up to %Ln unread items may be marked as read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) as read?</source>
        <translation>
            <numerusform>Mark %Ln item as read?</numerusform>
            <numerusform>Mark %Ln items as read?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) as unread?</source>
        <translation>
            <numerusform>Mark %Ln item as unread?</numerusform>
            <numerusform>Mark %Ln items as unread?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star %Ln item(s)?</source>
        <translation>
            <numerusform>Star %Ln item?</numerusform>
            <numerusform>Star %Ln items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the star from %Ln item(s)?</source>
        <translation>
            <numerusform>Remove the star from %Ln item?</numerusform>
            <numerusform>Remove the star from %Ln items?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message numerus="yes">
        <source>A view&apos;s name can be at most %n characters long.</source>
        <translation>
            <numerusform>A view&apos;s name can be at most %n characters long.</numerusform>
            <numerusform>A view&apos;s name can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message numerus="yes">
        <source>The list changed before the change was written: it holds %Ln item(s) now, %1 were shown. Nothing was changed; look at the list and choose again.</source>
        <translation>
            <numerusform>The list changed before the change was written: it holds %Ln item now, %1 were shown. Nothing was changed; look at the list and choose again.</numerusform>
            <numerusform>The list changed before the change was written: it holds %Ln items now, %1 were shown. Nothing was changed; look at the list and choose again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateCommand</name>
    <message numerus="yes">
        <source>Wrote the state of %Ln item(s) to %1: %2, %3.</source>
        <translation>
            <numerusform>Wrote the state of %Ln item to %1: %2, %3.</numerusform>
            <numerusform>Wrote the state of %Ln items to %1: %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved view(s)</source>
        <translation>
            <numerusform>%Ln saved view</numerusform>
            <numerusform>%Ln saved views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new label(s)</source>
        <translation>
            <numerusform>%Ln new label</numerusform>
            <numerusform>%Ln new labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new view(s)</source>
        <translation>
            <numerusform>%Ln new view</numerusform>
            <numerusform>%Ln new views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln view(s) replaced</source>
        <translation>
            <numerusform>%Ln view replaced</numerusform>
            <numerusform>%Ln views replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) joined with yours</source>
        <translation>
            <numerusform>%Ln note joined with yours</numerusform>
            <numerusform>%Ln notes joined with yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged the state of %Ln item(s): %1.</source>
        <translation>
            <numerusform>Merged the state of %Ln item: %1.</numerusform>
            <numerusform>Merged the state of %Ln items: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateJob</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved view(s)</source>
        <translation>
            <numerusform>%Ln saved view</numerusform>
            <numerusform>%Ln saved views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed</source>
        <translation>
            <numerusform>%Ln item changed</numerusform>
            <numerusform>%Ln items changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new label(s)</source>
        <translation>
            <numerusform>%Ln new label</numerusform>
            <numerusform>%Ln new labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new view(s)</source>
        <translation>
            <numerusform>%Ln new view</numerusform>
            <numerusform>%Ln new views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln view(s) replaced</source>
        <translation>
            <numerusform>%Ln view replaced</numerusform>
            <numerusform>%Ln views replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) kept from both sides</source>
        <translation>
            <numerusform>%Ln note kept from both sides</numerusform>
            <numerusform>%Ln notes kept from both sides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln item(s)</source>
        <translation>
            <numerusform>%L1 of %Ln item</numerusform>
            <numerusform>%L1 of %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, %Ln selected</numerusform>
            <numerusform>%1, %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln unread</source>
        <translation>
            <numerusform>%1, %Ln unread</numerusform>
            <numerusform>%1, %Ln unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>newsdesk: %Ln unread item(s)</source>
        <translation>
            <numerusform>newsdesk: %Ln unread item</numerusform>
            <numerusform>newsdesk: %Ln unread items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message numerus="yes">
        <source>Mark %Ln Item(s) as Read</source>
        <translation>
            <numerusform>Mark %Ln Item as Read</numerusform>
            <numerusform>Mark %Ln Items as Read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Item(s) as Unread</source>
        <translation>
            <numerusform>Mark %Ln Item as Unread</numerusform>
            <numerusform>Mark %Ln Items as Unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star %Ln Item(s)</source>
        <translation>
            <numerusform>Star %Ln Item</numerusform>
            <numerusform>Star %Ln Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the Star from %Ln Item(s)</source>
        <translation>
            <numerusform>Remove the Star from %Ln Item</numerusform>
            <numerusform>Remove the Star from %Ln Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %Ln Item(s)</source>
        <translation>
            <numerusform>Hide %Ln Item</numerusform>
            <numerusform>Hide %Ln Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln Item(s)</source>
        <translation>
            <numerusform>Restore %Ln Item</numerusform>
            <numerusform>Restore %Ln Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %Ln Item(s) “%1”</source>
        <translation>
            <numerusform>Label %Ln Item “%1”</numerusform>
            <numerusform>Label %Ln Items “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Label “%1” from %Ln Item(s)</source>
        <translation>
            <numerusform>Remove Label “%1” from %Ln Item</numerusform>
            <numerusform>Remove Label “%1” from %Ln Items</numerusform>
        </translation>
    </message>
</context>
</TS>
