<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Grids</name>
    <message>
        <source>create: the ERP holds nothing; the release sends %1 %2</source>
        <translation>crear: el ERP no tiene nada; la liberación envía %1 %2</translation>
    </message>
    <message>
        <source>change: %1 → %2 %3</source>
        <translation>cambiar: %1 → %2 %3</translation>
    </message>
    <message>
        <source>zero-out: %1 → 0 %2</source>
        <translation>poner a cero: %1 → 0 %2</translation>
    </message>
    <message>
        <source>unchanged: the ERP already holds %1 %2</source>
        <translation>sin cambios: el ERP ya tiene %1 %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>A field is missing, has the wrong type or holds an invalid date.</source>
        <translation>Falta un campo, tiene un tipo incorrecto o contiene una fecha no válida.</translation>
    </message>
    <message>
        <source>The quantity is not a number, is negative, too large or has more than 3 decimals.</source>
        <translation>La cantidad no es un número, es negativa, demasiado grande o tiene más de 3 decimales.</translation>
    </message>
    <message>
        <source>The bucket does not start where a bucket of the version&apos;s type starts.</source>
        <translation>El período no empieza donde empieza un período del tipo de la versión.</translation>
    </message>
    <message>
        <source>The item is not in the master data.</source>
        <translation>El artículo no está en los datos maestros.</translation>
    </message>
    <message>
        <source>The location is not in the master data.</source>
        <translation>La ubicación no está en los datos maestros.</translation>
    </message>
    <message>
        <source>The channel is not in the master data&apos;s channel list.</source>
        <translation>El canal no está en la lista de canales de los datos maestros.</translation>
    </message>
    <message>
        <source>The item is inactive.</source>
        <translation>El artículo está inactivo.</translation>
    </message>
    <message>
        <source>The location is blocked.</source>
        <translation>La ubicación está bloqueada.</translation>
    </message>
    <message>
        <source>The item is not planned at this location.</source>
        <translation>El artículo no se planifica en esta ubicación.</translation>
    </message>
    <message>
        <source>No conversion leads from the unit sent to the item&apos;s base unit.</source>
        <translation>No hay ninguna conversión de la unidad enviada a la unidad base del artículo.</translation>
    </message>
    <message>
        <source>The bucket starts after the location&apos;s planning horizon.</source>
        <translation>El período empieza después del horizonte de planificación de la ubicación.</translation>
    </message>
    <message>
        <source>The bucket ends before the item&apos;s lead time has passed.</source>
        <translation>El período termina antes de que transcurra el plazo de entrega del artículo.</translation>
    </message>
    <message>
        <source>The item is bought at this location but has no supplier.</source>
        <translation>El artículo se compra en esta ubicación, pero no tiene proveedor.</translation>
    </message>
    <message>
        <source>An earlier row has the same item, location, channel and bucket.</source>
        <translation>Una fila anterior tiene el mismo artículo, ubicación, canal y período.</translation>
    </message>
    <message>
        <source>The plant calendar has no working day in the bucket.</source>
        <translation>El calendario del centro no tiene ningún día laborable en el período.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>planner</source>
        <translation>planificador</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>aprobador</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>programador</translation>
    </message>
    <message>
        <source>procurement</source>
        <translation>compras</translation>
    </message>
    <message>
        <source>integration support</source>
        <translation>soporte de integración</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Master data JSON to validate against.</source>
        <translation>Datos maestros (JSON) con los que se valida.</translation>
    </message>
    <message>
        <source>Forecast version (JSON or CSV) to validate.</source>
        <translation>Versión de previsión (JSON o CSV) que se valida.</translation>
    </message>
    <message>
        <source>Bucket of the version: day, week or month (overrides the file; required for CSV).</source>
        <translation>Período de la versión: day, week o month (sustituye al del archivo; obligatorio para CSV).</translation>
    </message>
    <message>
        <source>As-of date of the version (overrides the file; required for CSV).</source>
        <translation>Fecha de referencia de la versión (sustituye a la del archivo; obligatoria para CSV).</translation>
    </message>
    <message>
        <source>Version id (overrides the file&apos;s).</source>
        <translation>ID de la versión (sustituye al del archivo).</translation>
    </message>
    <message>
        <source>Priority: normal or high (overrides the file; default normal).</source>
        <translation>Prioridad: normal o high (sustituye a la del archivo; por defecto normal).</translation>
    </message>
    <message>
        <source>Save a picture of the window after the first validation, then quit.</source>
        <translation>Guardar una imagen de la ventana tras la primera validación y salir.</translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. de.</source>
        <translation>Idioma de la interfaz de usuario, p. ej. es.</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox with a seeded scenario, signed in as the demo planner (another demo user with --user).</source>
        <translation>Ejecutar en el entorno de pruebas integrado con un escenario precargado, con la sesión del planificador de demostración (otro usuario de demostración con --user).</translation>
    </message>
    <message>
        <source>The local cache (default: in the user&apos;s data folder).</source>
        <translation>La caché local (por defecto: en la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>Base URL of the ERP (S/4HANA).</source>
        <translation>URL base del ERP (S/4HANA).</translation>
    </message>
    <message>
        <source>Base URL of the planning system (IBP).</source>
        <translation>URL base del sistema de planificación (IBP).</translation>
    </message>
    <message>
        <source>User to sign in as.</source>
        <translation>Usuario con el que se inicia sesión.</translation>
    </message>
    <message>
        <source>Colours: system (default), light or dark.</source>
        <translation>Colores: system (por defecto), light o dark.</translation>
    </message>
    <message>
        <source>PlanBridge: forecast-to-ERP operations console.</source>
        <translation>PlanBridge: consola de operaciones de la previsión al ERP.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>the demo could not start: %1</source>
        <translation>no se pudo iniciar la demo: %1</translation>
    </message>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>no se puede abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>--master and --input go together</source>
        <translation>--master y --input van juntos</translation>
    </message>
    <message>
        <source>--bucket, --as-of, --version-id and --priority need --master and --input</source>
        <translation>--bucket, --as-of, --version-id y --priority requieren --master y --input</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::AcceptedRecordsModel</name>
    <message>
        <source>Input rows (0-based) summed into this record: %1</source>
        <translation>Filas de entrada (contadas desde 0) sumadas en este registro: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation> … y %1 más</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>ERP plant</source>
        <translation>Centro ERP</translation>
    </message>
    <message>
        <source>MRP area</source>
        <translation>Área MRP</translation>
    </message>
    <message>
        <source>Period type</source>
        <translation>Tipo de período</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>UoM</source>
        <translation>UM</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>Filas de origen</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::AuditPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar cadena</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Search who, action, subject or detail (Enter)</source>
        <translation>Buscar quién, acción, objeto o detalle (Intro)</translation>
    </message>
    <message>
        <source>Export JSON lines…</source>
        <translation>Exportar JSON Lines…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The audit trail is in %1.</source>
        <translation>El registro de auditoría está en %1.</translation>
    </message>
    <message>
        <source>Export the shown entries</source>
        <translation>Exportar las entradas mostradas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit trail&lt;/b&gt;: every sign-in, decision and delivery, hash-chained</source>
        <translation>&lt;b&gt;Registro de auditoría&lt;/b&gt;: cada inicio de sesión, decisión y entrega, encadenados por hash</translation>
    </message>
    <message>
        <source>Your roles do not include the audit trail.</source>
        <translation>Sus roles no incluyen el registro de auditoría.</translation>
    </message>
    <message>
        <source>newest %1 of %2 entries</source>
        <translation>las %1 entradas más recientes de %2</translation>
    </message>
    <message>
        <source>✔ Chain intact: %1 entries, head hash %2</source>
        <translation>✔ Cadena íntegra: %1 entradas, hash de cabecera %2</translation>
    </message>
    <message>
        <source>✘ Chain broken at entry %1: %2</source>
        <translation>✘ Cadena rota en la entrada %1: %2</translation>
    </message>
    <message>
        <source>Entries: %L1</source>
        <translation>Entradas: %L1</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ChartPanel</name>
    <message>
        <source>No data yet: this chart fills in as versions are released.</source>
        <translation>Aún no hay datos: este gráfico se completa a medida que se liberan versiones.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation>Mostrar los datos del gráfico</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exportar la tabla como CSV</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the chart as a PNG picture</source>
        <translation>Exportar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exportar %1 como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>No se pudo exportar %1: %2</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>Exportar %1 como PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ConsoleWindow</name>
    <message>
        <source>%1: online</source>
        <translation>%1: en línea</translation>
    </message>
    <message>
        <source>%1: OFFLINE</source>
        <translation>%1: SIN CONEXIÓN</translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation>%1: no configurado</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: comprobando…</translation>
    </message>
    <message>
        <source>PlanBridge</source>
        <translation>PlanBridge</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Execution feedback</source>
        <translation>Respuesta de ejecución</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Cuadros de mando</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import version…</source>
        <translation>&amp;Importar versión…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About PlanBridge</source>
        <translation>&amp;Acerca de PlanBridge</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>The ERP and the planning system are unreachable.</source>
        <translation>El ERP y el sistema de planificación no están accesibles.</translation>
    </message>
    <message>
        <source>The ERP is unreachable.</source>
        <translation>El ERP no está accesible.</translation>
    </message>
    <message>
        <source>The planning system is unreachable.</source>
        <translation>El sistema de planificación no está accesible.</translation>
    </message>
    <message>
        <source>Offline mode. %1 Review, resolutions, submission and approval keep working from the local cache; releases stay queued and go out by themselves when the ERP is back.</source>
        <translation>Modo sin conexión. %1 La revisión, las correcciones, el envío y la aprobación siguen funcionando con la caché local; las liberaciones quedan en cola y se envían solas cuando el ERP vuelve a estar disponible.</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>No entregados: %1</translation>
    </message>
    <message>
        <source>About PlanBridge</source>
        <translation>Acerca de PlanBridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlanBridge %1&lt;/h3&gt;&lt;p&gt;Moves approved demand forecasts into ERP execution and brings the execution feedback back to the people who plan.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlanBridge %1&lt;/h3&gt;&lt;p&gt;Lleva las previsiones de demanda aprobadas a la ejecución en el ERP y devuelve la respuesta de la ejecución a quienes planifican.&lt;/p&gt;&lt;p&gt;Caché: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::DashboardsPage</name>
    <message>
        <source>Approval → posting latency (s) against the SLA</source>
        <translation>Latencia aprobación → registro (s) frente al SLA</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Latency s</source>
        <translation>Latencia s</translation>
    </message>
    <message>
        <source>p50 s</source>
        <translation>p50 s</translation>
    </message>
    <message>
        <source>p95 s</source>
        <translation>p95 s</translation>
    </message>
    <message>
        <source>Acceptance rate (%)</source>
        <translation>Tasa de aceptación (%)</translation>
    </message>
    <message>
        <source>Acceptance %</source>
        <translation>Aceptación %</translation>
    </message>
    <message>
        <source>Rows in</source>
        <translation>Filas de entrada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Rejects by reason</source>
        <translation>Rechazos por motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Retry volume and queue depth</source>
        <translation>Volumen de reintentos y longitud de la cola</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mensajes no entregados</translation>
    </message>
    <message>
        <source>Feedback completion</source>
        <translation>Respuestas completadas</translation>
    </message>
    <message>
        <source>Posted versions</source>
        <translation>Versiones registradas</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Shortages by plant</source>
        <translation>Faltantes por centro</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Planned orders</source>
        <translation>Órdenes planificadas</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Solicitudes de pedido</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dashboards&lt;/b&gt;: the measures of every version in the cache</source>
        <translation>&lt;b&gt;Cuadros de mando&lt;/b&gt;: las métricas de todas las versiones de la caché</translation>
    </message>
    <message>
        <source>SLA (high priority)</source>
        <translation>SLA (prioridad alta)</translation>
    </message>
    <message>
        <source>feedback complete</source>
        <translation>respuesta completa</translation>
    </message>
    <message>
        <source>waiting for feedback</source>
        <translation>esperando respuesta</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Latency p50 %1, p95 %2 · %3 SLA breaches · acceptance %4% · %5 retries · queue %6 · %7 dead letters · feedback complete for %8% of posted versions</source>
        <translation>Latencia p50 %1, p95 %2 · %3 incumplimientos del SLA · aceptación %4 % · %5 reintentos · cola %6 · %7 no entregados · respuesta completa en el %8 % de las versiones registradas</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ExceptionsPage</name>
    <message>
        <source>reachable</source>
        <translation>accesible</translation>
    </message>
    <message>
        <source>UNREACHABLE</source>
        <translation>NO ACCESIBLE</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>no configurado</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>ID de correlación</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Re&amp;play selected…</source>
        <translation>&amp;Reenviar selección…</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Dead letters and retries</source>
        <translation>No entregados y reintentos</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mensajes no entregados</translation>
    </message>
    <message>
        <source>Retries (queued)</source>
        <translation>Reintentos (en cola)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Technical and business</source>
        <translation>Técnicos y de negocio</translation>
    </message>
    <message>
        <source>Technical only</source>
        <translation>Solo técnicos</translation>
    </message>
    <message>
        <source>Business only</source>
        <translation>Solo de negocio</translation>
    </message>
    <message>
        <source>Correlation id, idempotency key, product or plant</source>
        <translation>ID de correlación, clave de idempotencia, producto o centro</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exceptions&lt;/b&gt;: messages the ERP did not take, and their retries</source>
        <translation>&lt;b&gt;Excepciones&lt;/b&gt;: mensajes que el ERP no aceptó y sus reintentos</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Your roles do not include viewing exceptions.</source>
        <translation>Sus roles no permiten ver las excepciones.</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>Correlation id: %1
Idempotency key (Repeatability-Request-ID): %2
Attempts: %3, next attempt: %4

Request payload:
%5
ERP answer: %6 %7
%8</source>
        <translation>ID de correlación: %1
Clave de idempotencia (Repeatability-Request-ID): %2
Intentos: %3, próximo intento: %4

Contenido de la solicitud:
%5
Respuesta del ERP: %6 %7
%8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>Your roles do not include replaying messages.</source>
        <translation>Sus roles no permiten reenviar mensajes.</translation>
    </message>
    <message>
        <source>Select a message to see its request and the ERP&apos;s answer.</source>
        <translation>Seleccione un mensaje para ver su solicitud y la respuesta del ERP.</translation>
    </message>
    <message>
        <source>Select one or more dead letters to replay.</source>
        <translation>Seleccione uno o varios mensajes no entregados para reenviarlos.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Replay of %1 refused: %2</source>
        <translation>Reenvío de %1 rechazado: %2</translation>
    </message>
    <message>
        <source>business</source>
        <translation>de negocio</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>Replayed. The releases now hold acknowledged writes: %1, dead letters: %2, queued: %3.</source>
        <translation>Reenviado. Las liberaciones tienen ahora escrituras confirmadas: %1, mensajes no entregados: %2, en cola: %3.</translation>
    </message>
    <message>
        <source>Messages: %L1</source>
        <translation>Mensajes: %L1</translation>
    </message>
    <message>
        <source>Replay the selected dead letters (%1)?

Each one is resent with its original idempotency key (Repeatability-Request-ID). If an earlier attempt did reach the ERP, the ERP recognises the key and applies the write only once, so replaying never doubles a requirement.</source>
        <translation>¿Reenviar los mensajes no entregados seleccionados (%1)?

Cada uno se reenvía con su clave de idempotencia original (Repeatability-Request-ID). Si un intento anterior sí llegó al ERP, el ERP reconoce la clave y aplica la escritura una sola vez, así que reenviar nunca duplica una necesidad.</translation>
    </message>
    <message>
        <source>Replaying the selected dead letters (%1)…</source>
        <translation>Reenviando los mensajes no entregados seleccionados (%1)…</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::FeedbackPage</name>
    <message>
        <source>(missing)</source>
        <translation>(falta)</translation>
    </message>
    <message>
        <source>Run &amp;MRP and collect feedback</source>
        <translation>Ejecutar &amp;MRP y recoger la respuesta</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Planned orders</source>
        <translation>Órdenes planificadas</translation>
    </message>
    <message>
        <source>Purchase requisitions</source>
        <translation>Solicitudes de pedido</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Materials released</source>
        <translation>Materiales liberados</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Cobertura %</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Trazabilidad</translation>
    </message>
    <message>
        <source>Select a planned order, requisition or shortage to trace it back to the forecast.</source>
        <translation>Seleccione una orden planificada, una solicitud de pedido o un faltante para rastrear su origen en la previsión.</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Liberación:</translation>
    </message>
    <message>
        <source>Plant:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Execution feedback&lt;/b&gt;: what MRP proposed from the released requirements</source>
        <translation>&lt;b&gt;Respuesta de ejecución&lt;/b&gt;: lo que propuso el MRP a partir de las necesidades liberadas</translation>
    </message>
    <message>
        <source>planned order</source>
        <translation>orden planificada</translation>
    </message>
    <message>
        <source>purchase requisition</source>
        <translation>solicitud de pedido</translation>
    </message>
    <message>
        <source>shortage</source>
        <translation>faltante</translation>
    </message>
    <message>
        <source>All plants</source>
        <translation>Todos los centros</translation>
    </message>
    <message>
        <source>MRP is running for the plants of %1…</source>
        <translation>El MRP se está ejecutando para los centros de %1…</translation>
    </message>
    <message>
        <source>MRP feedback not collected: %1</source>
        <translation>No se recogió la respuesta del MRP: %1</translation>
    </message>
    <message>
        <source>Tracing %1 %2 (%3 @ %4)…</source>
        <translation>Rastreando %1 %2 (%3 @ %4)…</translation>
    </message>
    <message>
        <source>Back: %1 %2 of %3 @ %4</source>
        <translation>Hacia atrás: %1 %2 de %3 @ %4</translation>
    </message>
    <message>
        <source>PIR write #%1 (%2, %3) key %4</source>
        <translation>Escritura de necesidad independiente planificada #%1 (%2, %3), clave %4</translation>
    </message>
    <message>
        <source>ERP record %1: %2 @ %3, period %4, %5 %6</source>
        <translation>Registro ERP %1: %2 @ %3, período %4, %5 %6</translation>
    </message>
    <message>
        <source>forecast row %1</source>
        <translation>fila de previsión %1</translation>
    </message>
    <message>
        <source>forecast row %1: %2 @ %3, %4, %5, %6 %7</source>
        <translation>fila de previsión %1: %2 @ %3, %4, %5, %6 %7</translation>
    </message>
    <message>
        <source>planned order %1: %2 %3 available %4</source>
        <translation>orden planificada %1: %2 %3, disponible %4</translation>
    </message>
    <message>
        <source>purchase requisition %1/%2: %3 %4 delivery %5</source>
        <translation>solicitud de pedido %1/%2: %3 %4, entrega %5</translation>
    </message>
    <message>
        <source>shortage from %1: %2 %3</source>
        <translation>faltante desde %1: %2 %3</translation>
    </message>
    <message>
        <source>MRP run %1. Planned orders: %2, purchase requisitions: %3, shortages: %4.</source>
        <translation>Ejecución MRP %1. Órdenes planificadas: %2, solicitudes de pedido: %3, faltantes: %4.</translation>
    </message>
    <message>
        <source>%1 %2 traced to version %6. PIR writes: %3, ERP records: %4, forecast rows: %5.</source>
        <translation>%1 %2 rastreado hasta la versión %6. Escrituras de PIR: %3, registros ERP: %4, filas de previsión: %5.</translation>
    </message>
    <message>
        <source>Forward: what MRP proposed at %1 @ %2 (forecast rows: %3)</source>
        <translation>Hacia delante: lo que MRP propuso en %1 @ %2 (filas de previsión: %3)</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::LoginDialog</name>
    <message>
        <source>Sign in to PlanBridge</source>
        <translation>Iniciar sesión en PlanBridge</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with your PlanBridge account. What you can see and do follows your roles.</source>
        <translation>Inicie sesión con su cuenta de PlanBridge. Lo que puede ver y hacer depende de sus roles.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Inicio de sesión rechazado: %1</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::MainWindow</name>
    <message>
        <source>PlanBridge</source>
        <translation>PlanBridge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open version…</source>
        <translation>&amp;Abrir versión…</translation>
    </message>
    <message>
        <source>Validate a forecast version file against a master data file</source>
        <translation>Validar un archivo de versión de previsión con un archivo de datos maestros</translation>
    </message>
    <message>
        <source>&amp;Reload sample</source>
        <translation>&amp;Recargar ejemplo</translation>
    </message>
    <message>
        <source>Validate the bundled sample version again</source>
        <translation>Volver a validar la versión de ejemplo incluida</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About PlanBridge</source>
        <translation>&amp;Acerca de PlanBridge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running validation and keep the version shown</source>
        <translation>Detener la validación en curso y mantener la versión mostrada</translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation>Validando %1…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Validated %1 in %2 ms</source>
        <translation>%1 validado en %2 ms</translation>
    </message>
    <message>
        <source>Could not validate: %1</source>
        <translation>No se pudo validar: %1</translation>
    </message>
    <message>
        <source>Validation of %1 failed</source>
        <translation>La validación de %1 ha fallado</translation>
    </message>
    <message>
        <source>Validation cancelled; still showing %1</source>
        <translation>Validación cancelada; se sigue mostrando %1</translation>
    </message>
    <message>
        <source>Validation cancelled</source>
        <translation>Validación cancelada</translation>
    </message>
    <message>
        <source>About PlanBridge</source>
        <translation>Acerca de PlanBridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlanBridge %1&lt;/h3&gt;&lt;p&gt;Forecast-to-ERP operations console.&lt;/p&gt;&lt;p&gt;Validates approved demand forecasts against master data and turns them into ERP planned independent requirements.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlanBridge %1&lt;/h3&gt;&lt;p&gt;Consola de operaciones de la previsión al ERP.&lt;/p&gt;&lt;p&gt;Valida las previsiones de demanda aprobadas con los datos maestros y las convierte en necesidades independientes planificadas del ERP.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::OpenVersionDialog</name>
    <message>
        <source>Open forecast version</source>
        <translation>Abrir versión de previsión</translation>
    </message>
    <message>
        <source>Master data JSON file</source>
        <translation>Archivo JSON de datos maestros</translation>
    </message>
    <message>
        <source>Forecast version, JSON or CSV</source>
        <translation>Versión de previsión, JSON o CSV</translation>
    </message>
    <message>
        <source>&amp;Master data:</source>
        <translation>&amp;Datos maestros:</translation>
    </message>
    <message>
        <source>Choose the master data file</source>
        <translation>Elegir el archivo de datos maestros</translation>
    </message>
    <message>
        <source>&amp;Version file:</source>
        <translation>Archivo de &amp;versión:</translation>
    </message>
    <message>
        <source>Choose the forecast version file</source>
        <translation>Elegir el archivo de la versión de previsión</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Open master data</source>
        <translation>Abrir datos maestros</translation>
    </message>
    <message>
        <source>Master data (*.json);;All files (*)</source>
        <translation>Datos maestros (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Forecast versions (*.json *.csv);;All files (*)</source>
        <translation>Versiones de previsión (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A CSV file carries no version fields: choose the bucket and the as-of date.</source>
        <translation>Un archivo CSV no contiene campos de versión: elija el período y la fecha de referencia.</translation>
    </message>
    <message>
        <source>Choose the master data file and the forecast version file.</source>
        <translation>Elija el archivo de datos maestros y el de la versión de previsión.</translation>
    </message>
    <message>
        <source>There is no master data file at %1.</source>
        <translation>No hay ningún archivo de datos maestros en %1.</translation>
    </message>
    <message>
        <source>There is no version file at %1.</source>
        <translation>No hay ningún archivo de versión en %1.</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ReasonChartView</name>
    <message>
        <source>No rejected rows</source>
        <translation>No hay filas rechazadas</translation>
    </message>
    <message>
        <source>Rejected rows by reason</source>
        <translation>Filas rechazadas por motivo</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ReasonCountModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Share of rejects</source>
        <translation>Proporción de rechazos</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::RecordTableModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Bucket start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::RejectionsPage</name>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>item</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>row %1: %2 = %3</source>
        <translation>fila %1: %2 = %3</translation>
    </message>
    <message>
        <source>&amp;Map codes…</source>
        <translation>&amp;Asignar códigos…</translation>
    </message>
    <message>
        <source>Map the selected rows&apos; unknown codes to canonical ones</source>
        <translation>Asignar los códigos desconocidos de las filas seleccionadas a códigos canónicos</translation>
    </message>
    <message>
        <source>&amp;Convert units…</source>
        <translation>&amp;Convertir unidades…</translation>
    </message>
    <message>
        <source>Add a unit conversion for the selected rows&apos; unit</source>
        <translation>Añadir una conversión para la unidad de las filas seleccionadas</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Leave the selected rows out of the version, with a reason</source>
        <translation>Dejar fuera de la versión las filas seleccionadas, con un motivo</translation>
    </message>
    <message>
        <source>&amp;Fix field…</source>
        <translation>Corregir ca&amp;mpo…</translation>
    </message>
    <message>
        <source>Replace one field of the selected row</source>
        <translation>Sustituir un campo de la fila seleccionada</translation>
    </message>
    <message>
        <source>&amp;Re-validate</source>
        <translation>&amp;Revalidar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the re-validation</source>
        <translation>Detener la revalidación</translation>
    </message>
    <message>
        <source>Rejects by reason</source>
        <translation>Rechazos por motivo</translation>
    </message>
    <message>
        <source>Rejected rows of the chosen reason (select many)</source>
        <translation>Filas rechazadas del motivo elegido (selección múltiple)</translation>
    </message>
    <message>
        <source>Resolutions of this version</source>
        <translation>Correcciones de esta versión</translation>
    </message>
    <message>
        <source>Choose a version on the Versions page.</source>
        <translation>Elija una versión en la página Versiones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejections&lt;/b&gt; of version %1 (%2)</source>
        <translation>&lt;b&gt;Rechazos&lt;/b&gt; de la versión %1 (%2)</translation>
    </message>
    <message>
        <source>This version has no validation result yet.</source>
        <translation>Esta versión aún no tiene resultado de validación.</translation>
    </message>
    <message>
        <source>%1 rows in: %2 accepted, %3 rejected, %4 excluded by resolutions.</source>
        <translation>%1 filas de entrada: %2 aceptadas, %3 rechazadas, %4 excluidas por correcciones.</translation>
    </message>
    <message>
        <source>Your roles do not include resolving rejects.</source>
        <translation>Sus roles no permiten corregir rechazos.</translation>
    </message>
    <message>
        <source>The resolution was not recorded: %1</source>
        <translation>La corrección no se registró: %1</translation>
    </message>
    <message>
        <source>Re-validation stopped: %1</source>
        <translation>Revalidación detenida: %1</translation>
    </message>
    <message>
        <source>Validate the version again with every resolution applied (Ctrl+Shift+V)</source>
        <translation>Volver a validar la versión con todas las correcciones aplicadas (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <source>Rejects can be resolved only while the version is validated; this one is %1.</source>
        <translation>Los rechazos solo se pueden corregir mientras la versión está validada; esta está %1.</translation>
    </message>
    <message>
        <source>Re-validated %1. Rejects before: %2, now: %3.</source>
        <translation>%1 revalidada. Rechazos antes: %2, ahora: %3.</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>filas: %1</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::RejectsModel</name>
    <message>
        <source>Position of the record in the input, counting from 0</source>
        <translation>Posición del registro en la entrada, contando desde 0</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ReleasePage</name>
    <message>
        <source>%1 of %2 writes done · %3 writes/s · %4 retries · %5 dead letters</source>
        <translation>%1 de %2 escrituras hechas · %3 escrituras/s · %4 reintentos · %5 no entregadas</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · quedan unos %1 s</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Enviar para aprobación</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Devolver…</translation>
    </message>
    <message>
        <source>&amp;Preview ERP impact</source>
        <translation>&amp;Vista previa del impacto</translation>
    </message>
    <message>
        <source>&amp;Release to ERP</source>
        <translation>&amp;Liberar al ERP</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Cancel release…</source>
        <translation>&amp;Cancelar liberación…</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Why does version %1 go back to the planners?</source>
        <translation>¿Por qué vuelve la versión %1 a los planificadores?</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>ERP impact before release</source>
        <translation>Impacto en el ERP antes de la liberación</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>High priority · SLA %1</source>
        <translation>Prioridad alta · SLA %1</translation>
    </message>
    <message>
        <source>%1: %2 acknowledged, %3 queued, %4 dead letters</source>
        <translation>%1: %2 confirmadas, %3 en cola, %4 no entregadas</translation>
    </message>
    <message>
        <source>Choose a version on the Versions page.</source>
        <translation>Elija una versión en la página Versiones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Release&lt;/b&gt; of version %1 (%2, %3 priority)</source>
        <translation>&lt;b&gt;Liberación&lt;/b&gt; de la versión %1 (%2, prioridad %3)</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>You submitted this version. Four-eyes rule: another user with the approver role must approve it; your own approval will be refused.</source>
        <translation>Usted envió esta versión. Principio de los cuatro ojos: otro usuario con el rol de aprobador debe aprobarla; su propia aprobación se rechazará.</translation>
    </message>
    <message>
        <source>Submitted by %1. Approve it if it is right, or send it back with a reason.</source>
        <translation>Enviada por %1. Apruébela si es correcta o devuélvala con un motivo.</translation>
    </message>
    <message>
        <source>A planner submits a validated version; a different user with the approver role approves it (four-eyes); then it can be released.</source>
        <translation>Un planificador envía una versión validada; otro usuario con el rol de aprobador la aprueba (principio de los cuatro ojos); después se puede liberar.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>No enviada: %1</translation>
    </message>
    <message>
        <source>Version %1 is submitted and waits for an approver.</source>
        <translation>La versión %1 está enviada y espera a un aprobador.</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>No aprobada: %1</translation>
    </message>
    <message>
        <source>Version %1 is approved and can be released.</source>
        <translation>La versión %1 está aprobada y se puede liberar.</translation>
    </message>
    <message>
        <source>Not sent back: %1</source>
        <translation>No devuelta: %1</translation>
    </message>
    <message>
        <source>Version %1 went back to the planners.</source>
        <translation>La versión %1 ha vuelto a los planificadores.</translation>
    </message>
    <message>
        <source>Reading the ERP&apos;s PIRs…</source>
        <translation>Leyendo las necesidades independientes planificadas del ERP…</translation>
    </message>
    <message>
        <source>Version %1 has no validation result.</source>
        <translation>La versión %1 no tiene resultado de validación.</translation>
    </message>
    <message>
        <source>The ERP is not reachable, so the impact is unknown: %1</source>
        <translation>El ERP no está accesible, así que se desconoce el impacto: %1</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>No liberada: %1</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>Reanudando %1…</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>Release %1 stopped: %2</source>
        <translation>Liberación %1 detenida: %2</translation>
    </message>
    <message>
        <source>Cancel release</source>
        <translation>Cancelar liberación</translation>
    </message>
    <message>
        <source>A release can be cancelled only while nothing of it was sent. Why cancel %1?</source>
        <translation>Una liberación solo se puede cancelar mientras no se haya enviado nada de ella. ¿Por qué cancelar %1?</translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation>No cancelada: %1</translation>
    </message>
    <message>
        <source>Release %1 is cancelled; nothing of it reached the ERP.</source>
        <translation>La liberación %1 está cancelada; nada de ella llegó al ERP.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Set to zero</source>
        <translation>Puestos a cero</translation>
    </message>
    <message>
        <source>PIR buckets in all: new %1, changed %2, set to zero %3, unchanged %4.</source>
        <translation>Periodos de PIR en total: nuevos %1, modificados %2, puestos a cero %3, sin cambios %4.</translation>
    </message>
    <message>
        <source>Release %1 paused; writes still queued: %2.</source>
        <translation>Liberación %1 en pausa; escrituras aún en cola: %2.</translation>
    </message>
    <message>
        <source>The ERP is not answering. Writes of %2 that stay queued and go out when it is back: %1.</source>
        <translation>El ERP no responde. Escrituras de %2 que quedan en cola y se envían cuando vuelva: %1.</translation>
    </message>
    <message>
        <source>Release %1 finished; writes the ERP refused or never took (dead letters): %2. See Exceptions.</source>
        <translation>Liberación %1 terminada; escrituras que el ERP rechazó o nunca aceptó (mensajes no entregados): %2. Véase Excepciones.</translation>
    </message>
    <message>
        <source>Release %1 is posted; writes acknowledged: %2.</source>
        <translation>La liberación %1 está registrada; escrituras confirmadas: %2.</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ResolutionDialog</name>
    <message>
        <source>Map codes</source>
        <translation>Asignar códigos</translation>
    </message>
    <message>
        <source>Every row of this version that uses one of these codes will use the canonical code instead.</source>
        <translation>Todas las filas de esta versión que usen uno de estos códigos usarán en su lugar el código canónico.</translation>
    </message>
    <message>
        <source>Item codes</source>
        <translation>Códigos de artículo</translation>
    </message>
    <message>
        <source>Location codes</source>
        <translation>Códigos de ubicación</translation>
    </message>
    <message>
        <source>Codes of:</source>
        <translation>Códigos de:</translation>
    </message>
    <message>
        <source>&amp;Map these codes:</source>
        <translation>&amp;Asignar estos códigos:</translation>
    </message>
    <message>
        <source>&amp;To the canonical code:</source>
        <translation>Al código &amp;canónico:</translation>
    </message>
    <message>
        <source>Convert units</source>
        <translation>Convertir unidades</translation>
    </message>
    <message>
        <source>1 unit of “from” is “factor” units of “to”, for one item or every item (*).</source>
        <translation>1 unidad «De» equivale a «Factor» unidades «A», para un artículo o para todos (*).</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>A&amp;rtículo:</translation>
    </message>
    <message>
        <source>&amp;From unit:</source>
        <translation>&amp;De la unidad:</translation>
    </message>
    <message>
        <source>&amp;To unit:</source>
        <translation>A la &amp;unidad:</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Factor:</translation>
    </message>
    <message>
        <source>Exclude rows</source>
        <translation>Excluir filas</translation>
    </message>
    <message>
        <source>Fix a field</source>
        <translation>Corregir un campo</translation>
    </message>
    <message>
        <source>Replace one field of row %1 for this version.</source>
        <translation>Sustituir un campo de la fila %1 en esta versión.</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>Nuevo &amp;valor:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Why, for the audit trail (required)</source>
        <translation>Motivo, para el registro de auditoría (obligatorio)</translation>
    </message>
    <message>
        <source>Apply and re-validate</source>
        <translation>Aplicar y revalidar</translation>
    </message>
    <message>
        <source>Give a reason: every resolution is recorded with who, when and why.</source>
        <translation>Indique un motivo: cada corrección se registra con quién, cuándo y por qué.</translation>
    </message>
    <message>
        <source>Name the codes to map and the canonical code.</source>
        <translation>Indique los códigos que se van a asignar y el código canónico.</translation>
    </message>
    <message>
        <source>Name both units and the factor.</source>
        <translation>Indique ambas unidades y el factor.</translation>
    </message>
    <message>
        <source>Select the rows to exclude first.</source>
        <translation>Seleccione primero las filas que se van a excluir.</translation>
    </message>
    <message>
        <source>The selected rows (%1) will be left out of the version. They keep their numbers, so lineage still points at the input as it came in.</source>
        <translation>Las filas seleccionadas (%1) quedarán fuera de la versión. Conservan su número, así que el linaje sigue apuntando a la entrada tal como llegó.</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ResolutionListModel</name>
    <message>
        <source>Resolution</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ResultTabs</name>
    <message>
        <source>Filter by reason, field, value or message</source>
        <translation>Filtrar por motivo, campo, valor o mensaje</translation>
    </message>
    <message>
        <source>Double-click a reason to see its rejected rows</source>
        <translation>Haga doble clic en un motivo para ver sus filas rechazadas</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <source>Accepted records (%1)</source>
        <translation>Registros aceptados (%1)</translation>
    </message>
    <message>
        <source>Rejects (%1)</source>
        <translation>Rechazos (%1)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::SettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Release workflow (admin, for everyone using this cache)</source>
        <translation>Flujo de liberación (administrador, para todos los que usan esta caché)</translation>
    </message>
    <message>
        <source>High-priority SLA, approval to posting:</source>
        <translation>SLA de prioridad alta, de la aprobación al registro:</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>Esta consola</translation>
    </message>
    <message>
        <source>Language (at the next start):</source>
        <translation>Idioma (desde el próximo inicio):</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Puntos de conexión:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Configuración&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Only an admin changes workflow settings.</source>
        <translation>Solo un administrador puede cambiar la configuración del flujo de trabajo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ERP %1 · planning %2 · cache %3</source>
        <translation>ERP %1 · planificación %2 · caché %3</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>no configurado</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation>La consola usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The high-priority SLA is now %1 min.</source>
        <translation>El SLA de prioridad alta es ahora de %1 min.</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::SummaryHeader</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <source>Rows in</source>
        <translation>Filas de entrada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>ERP records out</source>
        <translation>Registros ERP generados</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Tasa de aceptación</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sin ID)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ValidationJob</name>
    <message>
        <source>bundled sample</source>
        <translation>ejemplo incluido</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::VersionFieldsBox</name>
    <message>
        <source>Version fields</source>
        <translation>Campos de la versión</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Del archivo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Fecha de &amp;referencia:</translation>
    </message>
    <message>
        <source>Version &amp;id:</source>
        <translation>&amp;ID de versión:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Pri&amp;oridad:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Default (normal)</source>
        <translation>Por defecto (normal)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::VersionListModel</name>
    <message>
        <source>pulled</source>
        <translation>extraída</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validada</translation>
    </message>
    <message>
        <source>resolving</source>
        <translation>en corrección</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>released</source>
        <translation>liberada</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>registrándose</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>partially posted</source>
        <translation>registrada parcialmente</translation>
    </message>
    <message>
        <source>MRP triggered</source>
        <translation>MRP lanzado</translation>
    </message>
    <message>
        <source>feedback complete</source>
        <translation>respuesta completa</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>starts at approval</source>
        <translation>desde la aprobación</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>quedan %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>breached %n min ago</source>
        <translation>
            <numerusform>incumplido hace %n min</numerusform>
            <numerusform>incumplido hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::VersionsPage</name>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Bucket start (YYYY-MM-DD)</source>
        <translation>Inicio del período (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Search item, location or channel</source>
        <translation>Buscar artículo, ubicación o canal</translation>
    </message>
    <message>
        <source>Compare with the ERP</source>
        <translation>Comparar con el ERP</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>&amp;Pivot</source>
        <translation>&amp;Tabla dinámica</translation>
    </message>
    <message>
        <source>ERP &amp;diff</source>
        <translation>&amp;Diferencias ERP</translation>
    </message>
    <message>
        <source>&amp;Import version…</source>
        <translation>&amp;Importar versión…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt; in the local cache</source>
        <translation>&lt;b&gt;Versiones&lt;/b&gt; en la caché local</translation>
    </message>
    <message>
        <source>Compare version %1 with the PIRs the ERP holds now.</source>
        <translation>Compare la versión %1 con las necesidades independientes planificadas que tiene ahora el ERP.</translation>
    </message>
    <message>
        <source>(the first %1 rows; %2 more not shown)</source>
        <translation>(las primeras %1 filas; %2 más sin mostrar)</translation>
    </message>
    <message>
        <source>Version %1 has no validation result.</source>
        <translation>La versión %1 no tiene resultado de validación.</translation>
    </message>
    <message>
        <source>No ERP is configured: start the console with --erp URL or --demo.</source>
        <translation>No hay ningún ERP configurado: inicie la consola con --erp URL o --demo.</translation>
    </message>
    <message>
        <source>The ERP could not be read: %1</source>
        <translation>No se pudo leer el ERP: %1</translation>
    </message>
    <message>
        <source>Version %1 imported: %2</source>
        <translation>Versión %1 importada: %2</translation>
    </message>
    <message>
        <source>Compare the version with the PIRs the ERP holds now: new buckets are green, changed ones amber, those set to zero red.</source>
        <translation>Compare la versión con las necesidades independientes del ERP: los periodos nuevos en verde, los modificados en ámbar, los puestos a cero en rojo.</translation>
    </message>
    <message>
        <source>Releasing %1, PIR buckets: new %2, changed %3, set to zero %4, unchanged %5; ERP buckets it leaves alone: %6.</source>
        <translation>Liberar %1, periodos de PIR: nuevos %2, modificados %3, puestos a cero %4, sin cambios %5; periodos del ERP que no toca: %6.</translation>
    </message>
    <message>
        <source>Rows: %L1</source>
        <translation>Filas: %L1</translation>
    </message>
    <message>
        <source>ERP records by item @ plant and period, in base units: %L1.</source>
        <translation>Registros ERP por artículo @ centro y periodo, en unidades base: %L1.</translation>
    </message>
</context>
</TS>
