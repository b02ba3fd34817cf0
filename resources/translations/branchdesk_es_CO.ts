<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CO">
    <context>
        <name>AccountForms</name>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
        <message>
            <source>Cancelled. Your entries are still here.</source>
            <translation>Cancelado. Sus datos siguen aquí.</translation>
        </message>
    </context>
    <context>
        <name>ApiClient</name>
        <message>
            <source>network error</source>
            <translation>error de red</translation>
        </message>
        <message>
            <source>network error (%1)</source>
            <translation>error de red (%1)</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>sin respuesta a tiempo</translation>
        </message>
        <message>
            <source>certificate not trusted</source>
            <translation>certificado no confiable</translation>
        </message>
        <message>
            <source>credentials refused</source>
            <translation>credenciales rechazadas</translation>
        </message>
        <message>
            <source>operation not allowed</source>
            <translation>operación no permitida</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>no encontrado</translation>
        </message>
        <message>
            <source>request rejected</source>
            <translation>solicitud rechazada</translation>
        </message>
        <message>
            <source>refused by the bank</source>
            <translation>rechazado por el banco</translation>
        </message>
        <message>
            <source>server error (HTTP %1)</source>
            <translation>error del servidor (HTTP %1)</translation>
        </message>
        <message>
            <source>server error</source>
            <translation>error del servidor</translation>
        </message>
        <message>
            <source>unreadable answer</source>
            <translation>respuesta ilegible</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>client credentials not available</source>
            <translation>credenciales de cliente no disponibles</translation>
        </message>
        <message>
            <source>environment not configured</source>
            <translation>ambiente no configurado</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>No address is configured for %1 in the %2 environment; set it in Settings.</source>
            <translation>No hay ninguna dirección configurada para %1 en el ambiente %2; defínala en Configuración.</translation>
        </message>
        <message>
            <source>The address of %1 must start with https://; nothing was sent.</source>
            <translation>La dirección de %1 debe empezar por https://; no se envió nada.</translation>
        </message>
        <message>
            <source>No operator is signed in; sign in and try again.</source>
            <translation>No hay ningún operador con sesión iniciada; inicie sesión e intente de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message>
            <source>The bank service could not be reached. Check the network connection and try again; if it persists, call the support desk.</source>
            <translation>No fue posible conectarse con el servicio del banco. Revise la conexión de red e intente de nuevo; si el problema persiste, llame a la mesa de ayuda.</translation>
        </message>
        <message>
            <source>The bank service did not answer in time. Nothing was changed by this search; try again in a moment.</source>
            <translation>El servicio del banco no respondió a tiempo. Esta consulta no modificó nada; intente de nuevo en un momento.</translation>
        </message>
        <message>
            <source>The bank service's security certificate could not be verified, so nothing was sent. Call the support desk: do not continue on this workstation.</source>
            <translation>No se pudo verificar el certificado de seguridad del servicio del banco, por lo que no se envió nada. Llame a la mesa de ayuda: no continúe en esta estación de trabajo.</translation>
        </message>
        <message>
            <source>The bank service did not accept this workstation's credentials. Ask the support desk to check the client credentials for this environment.</source>
            <translation>El servicio del banco no aceptó las credenciales de esta estación de trabajo. Solicite a la mesa de ayuda que revise las credenciales de cliente de este ambiente.</translation>
        </message>
        <message>
            <source>This operation is not allowed for your user or workstation. Ask your supervisor for the permission.</source>
            <translation>Esta operación no está permitida para su usuario o estación de trabajo. Solicite el permiso a su supervisor.</translation>
        </message>
        <message>
            <source>No record was found for the data entered. Check the data and search again.</source>
            <translation>No se encontró ningún registro con los datos ingresados. Revise los datos y busque de nuevo.</translation>
        </message>
        <message>
            <source>The bank rejected the data sent. Check the fields and try again.</source>
            <translation>El banco rechazó los datos enviados. Revise los campos e intente de nuevo.</translation>
        </message>
        <message>
            <source>The bank did not accept the operation.</source>
            <translation>El banco no aceptó la operación.</translation>
        </message>
        <message>
            <source>The bank service had an internal error. Try again in a few minutes; if it persists, call the support desk with the reference below.</source>
            <translation>El servicio del banco presentó un error interno. Intente de nuevo en unos minutos; si el problema persiste, llame a la mesa de ayuda con la referencia que aparece abajo.</translation>
        </message>
        <message>
            <source>The bank service sent an answer that could not be read. Try again; if it persists, call the support desk with the reference below.</source>
            <translation>El servicio del banco envió una respuesta que no se pudo leer. Intente de nuevo; si el problema persiste, llame a la mesa de ayuda con la referencia que aparece abajo.</translation>
        </message>
        <message>
            <source>The operation was cancelled. Nothing else was sent.</source>
            <translation>Se canceló la operación. No se envió nada más.</translation>
        </message>
        <message>
            <source>The client credentials for this environment are not available. %1</source>
            <translation>Las credenciales de cliente de este ambiente no están disponibles. %1</translation>
        </message>
        <message>
            <source>Set them in Settings.</source>
            <translation>Ingréselas en Configuración.</translation>
        </message>
        <message>
            <source>This environment is not configured for this operation. %1</source>
            <translation>Este ambiente no está configurado para esta operación. %1</translation>
        </message>
        <message>
            <source>Bank says: "%1".</source>
            <translation>El banco indica: "%1".</translation>
        </message>
        <message>
            <source>Bank code %1</source>
            <translation>Código del banco %1</translation>
        </message>
        <message>
            <source>Bank code %1 (%2)</source>
            <translation>Código del banco %1 (%2)</translation>
        </message>
        <message>
            <source>Tx %1</source>
            <translation>Tx %1</translation>
        </message>
        <message>
            <source>You are not logged in to Open Bank Project, or the login has expired. Log in with your OBP user and try again.</source>
            <translation>No ha iniciado sesión en Open Bank Project o la sesión expiró. Inicie sesión con su usuario OBP e intente de nuevo.</translation>
        </message>
        <message>
            <source>Open Bank Project did not accept the user name, password or consumer key. Check them and log in again.</source>
            <translation>Open Bank Project no aceptó el usuario, la clave o la consumer key. Verifíquelos e inicie sesión de nuevo.</translation>
        </message>
        <message>
            <source>Your OBP user lacks a role this operation needs. Ask your OBP administrator for it at this bank, then log in again.</source>
            <translation>Su usuario OBP no tiene un rol que esta operación requiere. Solicítelo a su administrador de OBP para este banco y luego inicie sesión de nuevo.</translation>
        </message>
        <message>
            <source>Your OBP user lacks the role %1 at this bank. Ask your OBP administrator to grant it, then log in again.</source>
            <translation>Su usuario OBP no tiene el rol %1 en este banco. Solicite a su administrador de OBP que se lo asigne y luego inicie sesión de nuevo.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>No OBP user has that USER_ID. Check the user id.</source>
            <translation>Ningún usuario OBP tiene ese USER_ID. Verifique el id de usuario.</translation>
        </message>
        <message>
            <source>Open Bank Project has no bank with that BANK_ID. Choose another bank.</source>
            <translation>Open Bank Project no tiene ningún banco con ese BANK_ID. Elija otro banco.</translation>
        </message>
        <message>
            <source>The BANK_ID may contain only letters, digits, '-', '.' and '_'. Correct it.</source>
            <translation>El BANK_ID solo puede contener letras, dígitos, '-', '.' y '_'. Corríjalo.</translation>
        </message>
        <message>
            <source>That customer number is already used at this bank. Use another number.</source>
            <translation>Ese número de cliente ya está en uso en este banco. Use otro número.</translation>
        </message>
        <message>
            <source>That user is already linked to a customer at this bank.</source>
            <translation>Ese usuario ya está vinculado a un cliente en este banco.</translation>
        </message>
        <message>
            <source>Your OBP user is not linked to any customer here.</source>
            <translation>Su usuario OBP no está vinculado a ningún cliente aquí.</translation>
        </message>
        <message>
            <source>No customer was found for that CUSTOMER_ID or customer number. Check it and search again.</source>
            <translation>No se encontró ningún cliente con ese CUSTOMER_ID o número de cliente. Verifíquelo y busque de nuevo.</translation>
        </message>
        <message>
            <source>Open Bank Project could not create the customer. Check the data and try again.</source>
            <translation>Open Bank Project no pudo crear el cliente. Verifique los datos e intente de nuevo.</translation>
        </message>
        <message>
            <source>Open Bank Project rejected the data sent. Check the fields and try again.</source>
            <translation>Open Bank Project rechazó los datos enviados. Verifique los campos e intente de nuevo.</translation>
        </message>
        <message>
            <source>This Open Bank Project instance does not allow the customer firehose.</source>
            <translation>Esta instancia de Open Bank Project no permite el firehose de clientes.</translation>
        </message>
        <message>
            <source>Nothing was found with that id. Refresh the list and try again.</source>
            <translation>No se encontró nada con ese id. Actualice la lista e intente de nuevo.</translation>
        </message>
        <message>
            <source>Open Bank Project had an internal error. Try again in a few minutes; if it persists, call the support desk with the reference below.</source>
            <translation>Open Bank Project tuvo un error interno. Intente de nuevo en unos minutos; si persiste, llame a la mesa de ayuda con la referencia que aparece abajo.</translation>
        </message>
        <message>
            <source>Open Bank Project says: "%1".</source>
            <translation>Open Bank Project indica: "%1".</translation>
        </message>
    </context>
    <context>
        <name>AuthenticationChannelPanel</name>
        <message>
            <source>Send the transaction with the questions the customer answered and the status code of each answer; the bank answers with its authorization.</source>
            <translation>Envíe la transacción con las preguntas que respondió el cliente y el código de estado de cada respuesta; el banco responde con su autorización.</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>Nú&amp;mero de identificación:</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Primer nombre</translation>
        </message>
        <message>
            <source>Fi&amp;rst name:</source>
            <translation>&amp;Primer nombre:</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Segundo nombre</translation>
        </message>
        <message>
            <source>&amp;Middle name:</source>
            <translation>Segun&amp;do nombre:</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Primer apellido</translation>
        </message>
        <message>
            <source>Las&amp;t name:</source>
            <translation>P&amp;rimer apellido:</translation>
        </message>
        <message>
            <source>Second last name</source>
            <translation>Segundo apellido</translation>
        </message>
        <message>
            <source>&amp;Second last name:</source>
            <translation>S&amp;egundo apellido:</translation>
        </message>
        <message>
            <source>Transaction code</source>
            <translation>Código de transacción</translation>
        </message>
        <message>
            <source>e.g. 900006</source>
            <translation>p. ej. 900006</translation>
        </message>
        <message>
            <source>Transaction &amp;code:</source>
            <translation>Código de &amp;transacción:</translation>
        </message>
        <message>
            <source>Channel transaction id</source>
            <translation>Id de transacción del canal</translation>
        </message>
        <message>
            <source>e.g. API429</source>
            <translation>p. ej. API429</translation>
        </message>
        <message>
            <source>Channel transaction i&amp;d:</source>
            <translation>&amp;Id de transacción del canal:</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>Pr&amp;oducto:</translation>
        </message>
        <message>
            <source>City code</source>
            <translation>Código de ciudad</translation>
        </message>
        <message>
            <source>C&amp;ity code:</source>
            <translation>&amp;Código de ciudad:</translation>
        </message>
        <message>
            <source>Request number</source>
            <translation>Número de solicitud</translation>
        </message>
        <message>
            <source>Request numb&amp;er:</source>
            <translation>&amp;Número de solicitud:</translation>
        </message>
        <message>
            <source>Questions as&amp;ked and the customer's answers (status code A, B ...):</source>
            <translation>Preguntas &amp;hechas y respuestas del cliente (código de estado A, B ...):</translation>
        </message>
        <message>
            <source>Questions asked: code, question, answer status code and answer</source>
            <translation>Preguntas hechas: código, pregunta, código de estado de la respuesta y respuesta</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Status code</source>
            <translation>Código de estado</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Add &amp;question</source>
            <translation>A&amp;gregar pregunta</translation>
        </message>
        <message>
            <source>Rem&amp;ove question</source>
            <translation>&amp;Quitar pregunta</translation>
        </message>
        <message>
            <source>Ask for &amp;authorization</source>
            <translation>&amp;Solicitar autorización</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Questions and answers the bank holds</source>
            <translation>Preguntas y respuestas registradas en el banco</translation>
        </message>
        <message>
            <source>Question %1 needs its code and the status code of the answer.</source>
            <translation>La pregunta %1 necesita su código y el código de estado de la respuesta.</translation>
        </message>
        <message>
            <source>Authorized. Code: %1</source>
            <translation>Autorizado. Código: %1</translation>
        </message>
        <message>
            <source>Not authorized (result “%1”).</source>
            <translation>No autorizado (resultado “%1”).</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Motivo: %1</translation>
        </message>
        <message>
            <source>The bank authorized the transaction.</source>
            <translation>El banco autorizó la transacción.</translation>
        </message>
        <message>
            <source>The bank did not authorize the transaction.</source>
            <translation>El banco no autorizó la transacción.</translation>
        </message>
        <message>
            <source>Result %1</source>
            <translation>Resultado %1</translation>
        </message>
    </context>
    <context>
        <name>AuthenticationLevelPanel</name>
        <message>
            <source>Which authentication level does the bank ask for this transaction and customer? Level 1 is the lightest.</source>
            <translation>¿Qué nivel de autenticación exige el banco para esta transacción y este cliente? El nivel 1 es el menos exigente.</translation>
        </message>
        <message>
            <source>Customer identification &amp;number:</source>
            <translation>Número &amp;de identificación del cliente:</translation>
        </message>
        <message>
            <source>Transaction code</source>
            <translation>Código de transacción</translation>
        </message>
        <message>
            <source>e.g. 101261</source>
            <translation>p. ej. 101261</translation>
        </message>
        <message>
            <source>Transaction &amp;code:</source>
            <translation>Código de &amp;transacción:</translation>
        </message>
        <message>
            <source>Request number</source>
            <translation>Número de solicitud</translation>
        </message>
        <message>
            <source>Re&amp;quest number:</source>
            <translation>&amp;Número de solicitud:</translation>
        </message>
        <message>
            <source>Adviser identification type</source>
            <translation>Tipo de identificación del asesor</translation>
        </message>
        <message>
            <source>Adviser identification number</source>
            <translation>Número de identificación del asesor</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>&amp;Adviser identification:</source>
            <translation>&amp;Identificación del asesor:</translation>
        </message>
        <message>
            <source>As&amp;k for the level</source>
            <translation>&amp;Solicitar el nivel</translation>
        </message>
        <message>
            <source>Level %1 — %2 (transaction %3)</source>
            <translation>Nivel %1 — %2 (transacción %3)</translation>
        </message>
        <message>
            <source>The transaction needs authentication level %1.</source>
            <translation>La transacción requiere el nivel de autenticación %1.</translation>
        </message>
    </context>
    <context>
        <name>BeneficiariesPart</name>
        <message>
            <source>Beneficiaries</source>
            <translation>Beneficiarios</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Primer nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Primer apellido</translation>
        </message>
        <message>
            <source>Relationship code</source>
            <translation>Código de relación</translation>
        </message>
        <message>
            <source>Percentage</source>
            <translation>Porcentaje</translation>
        </message>
        <message>
            <source>A&amp;dd beneficiary</source>
            <translation>Agregar &amp;beneficiario</translation>
        </message>
        <message>
            <source>Remo&amp;ve beneficiary</source>
            <translation>&amp;Quitar beneficiario</translation>
        </message>
        <message>
            <source>Beneficiary %1 identification type</source>
            <translation>Tipo de identificación del beneficiario %1</translation>
        </message>
        <message>
            <source>Total: %1% of 100%</source>
            <translation>Total: %1% de 100%</translation>
        </message>
    </context>
    <context>
        <name>BranchDeskApp</name>
        <message>
            <source>The operation journal could not be opened, so BranchDesk cannot work in %1: %2</source>
            <translation>No se pudo abrir la bitácora de operaciones, por lo que BranchDesk no puede funcionar en %1: %2</translation>
        </message>
        <message>
            <source>Training mode could not start its training server. %1</source>
            <translation>El modo Capacitación no pudo iniciar su servidor de capacitación. %1</translation>
        </message>
        <message>
            <source>The operation journal could not be opened, so only Training can be used: %1</source>
            <translation>No se pudo abrir la bitácora de operaciones, por lo que solo se puede usar Capacitación: %1</translation>
        </message>
        <message>
            <source>Environment settings</source>
            <translation>Configuración de ambientes</translation>
        </message>
        <message>
            <source>The session of %1 ended after %2 wrong PINs. What was typed in the forms was discarded.</source>
            <translation>La sesión de %1 se cerró después de %2 PIN incorrectos. Se descartó lo que se había escrito en los formularios.</translation>
        </message>
        <message>
            <source>%1 signed out.</source>
            <translation>%1 cerró sesión.</translation>
        </message>
    </context>
    <context>
        <name>CardCheckPanel</name>
        <message>
            <source>The customer proves they hold one of the bank's cards. Let the customer type the PIN or CVV themselves; it stays hidden and is not kept.</source>
            <translation>El cliente demuestra que es titular de una de las tarjetas del banco. Deje que el cliente digite el PIN o el CVV; queda oculto y no se guarda.</translation>
        </message>
        <message>
            <source>Card type</source>
            <translation>Tipo de tarjeta</translation>
        </message>
        <message>
            <source>DBC — Debit card (PIN)</source>
            <translation>DBC — Tarjeta débito (PIN)</translation>
        </message>
        <message>
            <source>CCA — Credit card (CVV)</source>
            <translation>CCA — Tarjeta de crédito (CVV)</translation>
        </message>
        <message>
            <source>C&amp;ard type:</source>
            <translation>Tipo de &amp;tarjeta:</translation>
        </message>
        <message>
            <source>Last six digits of the card</source>
            <translation>Últimos seis dígitos de la tarjeta</translation>
        </message>
        <message>
            <source>6 digits</source>
            <translation>6 dígitos</translation>
        </message>
        <message>
            <source>Last si&amp;x digits:</source>
            <translation>Últimos &amp;seis dígitos:</translation>
        </message>
        <message>
            <source>&amp;Verify card</source>
            <translation>&amp;Verificar tarjeta</translation>
        </message>
        <message>
            <source>3 digits, hidden</source>
            <translation>3 dígitos, oculto</translation>
        </message>
        <message>
            <source>4 digits, hidden</source>
            <translation>4 dígitos, oculto</translation>
        </message>
        <message>
            <source>CVV of the credit card (hidden)</source>
            <translation>CVV de la tarjeta de crédito (oculto)</translation>
        </message>
        <message>
            <source>PIN of the debit card (hidden)</source>
            <translation>PIN de la tarjeta débito (oculto)</translation>
        </message>
        <message>
            <source>C&amp;VV:</source>
            <translation>C&amp;VV:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
    </context>
    <context>
        <name>CaseStatus</name>
        <message>
            <source>Enter the bank's origin system (one character).</source>
            <translation>Ingrese el sistema de origen del banco (un carácter).</translation>
        </message>
        <message>
            <source>Choose a status from the status code table.</source>
            <translation>Elija un estado de la tabla de códigos de estado.</translation>
        </message>
        <message>
            <source>Enter the credit application number (up to 15).</source>
            <translation>Ingrese el número de solicitud de crédito (hasta 15).</translation>
        </message>
        <message>
            <source>Choose the identification type.</source>
            <translation>Elija el tipo de identificación.</translation>
        </message>
        <message>
            <source>Enter the identification number (up to 30).</source>
            <translation>Ingrese el número de identificación (hasta 30).</translation>
        </message>
        <message>
            <source>Enter the insurability date.</source>
            <translation>Ingrese la fecha de asegurabilidad.</translation>
        </message>
        <message>
            <source>Choose the client's status.</source>
            <translation>Elija el estado del cliente.</translation>
        </message>
        <message>
            <source>Enter the observation (up to 200 characters).</source>
            <translation>Ingrese la observación (hasta 200 caracteres).</translation>
        </message>
        <message>
            <source>The assigned plan has up to 3 characters.</source>
            <translation>El plan asignado tiene hasta 3 caracteres.</translation>
        </message>
        <message>
            <source>The extra-premium percentage is digits only.</source>
            <translation>El porcentaje de extraprima solo admite dígitos.</translation>
        </message>
        <message>
            <source>Enter the extra-premium percentage.</source>
            <translation>Ingrese el porcentaje de extraprima.</translation>
        </message>
        <message>
            <source>Enter the product type (up to 4 characters).</source>
            <translation>Ingrese el tipo de producto (hasta 4 caracteres).</translation>
        </message>
        <message>
            <source>Enter the coverage code (up to 10 characters).</source>
            <translation>Ingrese el código de cobertura (hasta 10 caracteres).</translation>
        </message>
        <message>
            <source>The coverage premium percentage has up to 3 characters.</source>
            <translation>El porcentaje de prima de la cobertura tiene hasta 3 caracteres.</translation>
        </message>
        <message>
            <source>Enter the case number (digits).</source>
            <translation>Ingrese el número del caso (dígitos).</translation>
        </message>
    </context>
    <context>
        <name>CertificateViewer</name>
        <message>
            <source>Certificate document</source>
            <translation>Documento del certificado</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>&amp;Página:</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Al&amp;ejar</translation>
        </message>
        <message>
            <source>&amp;Zoom in</source>
            <translation>A&amp;cercar</translation>
        </message>
        <message>
            <source>Fi&amp;t width</source>
            <translation>Ajus&amp;tar al ancho</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Guardar PDF…</translation>
        </message>
        <message>
            <source>Save certificate</source>
            <translation>Guardar certificado</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>Imprim&amp;ir…</translation>
        </message>
        <message>
            <source>Print certificate</source>
            <translation>Imprimir certificado</translation>
        </message>
        <message>
            <source>There is no certificate to save.</source>
            <translation>No hay ningún certificado para guardar.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No se guardó: %1</translation>
        </message>
        <message numerus="yes">
            <source>of %n page(s)</source>
            <translation>
                <numerusform>de %n página</numerusform>
                <numerusform>de %n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>fit to width</source>
            <translation>ajustado al ancho</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>ChallengeForm</name>
        <message>
            <source>Challenge questions</source>
            <translation>Preguntas de reto</translation>
        </message>
        <message>
            <source>Before a sensitive transaction the bank's risk engine questions the customer. Describe the transaction, read each question to the customer and type the answers they give. Secret answers stay hidden.</source>
            <translation>Antes de una transacción sensible, el motor de riesgo del banco le hace preguntas al cliente. Describa la transacción, léale cada pregunta al cliente y escriba las respuestas que le dé. Las respuestas secretas permanecen ocultas.</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transacción</translation>
        </message>
        <message>
            <source>Client type</source>
            <translation>Tipo de cliente</translation>
        </message>
        <message>
            <source>N — Natural person</source>
            <translation>N — Persona natural</translation>
        </message>
        <message>
            <source>J — Legal person</source>
            <translation>J — Persona jurídica</translation>
        </message>
        <message>
            <source>Client t&amp;ype:</source>
            <translation>&amp;Tipo de cliente:</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Identification &amp;type:</source>
            <translation>Tipo de identi&amp;ficación:</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>Número &amp;de identificación:</translation>
        </message>
        <message>
            <source>Transaction code</source>
            <translation>Código de transacción</translation>
        </message>
        <message>
            <source>e.g. 100090</source>
            <translation>p. ej. 100090</translation>
        </message>
        <message>
            <source>Transaction &amp;code:</source>
            <translation>&amp;Código de transacción:</translation>
        </message>
        <message>
            <source>Transaction data: name and value</source>
            <translation>Datos de la transacción: nombre y valor</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>&amp;Add data</source>
            <translation>A&amp;gregar dato</translation>
        </message>
        <message>
            <source>&amp;Remove data</source>
            <translation>&amp;Quitar dato</translation>
        </message>
        <message>
            <source>Transaction &amp;data:</source>
            <translation>Dato&amp;s de la transacción:</translation>
        </message>
        <message>
            <source>Amount in pesos</source>
            <translation>Monto en pesos</translation>
        </message>
        <message>
            <source>whole pesos, digits only</source>
            <translation>pesos enteros, solo dígitos</translation>
        </message>
        <message>
            <source>A&amp;mount (COP):</source>
            <translation>&amp;Monto (COP):</translation>
        </message>
        <message>
            <source>Source product</source>
            <translation>Producto de origen</translation>
        </message>
        <message>
            <source>S&amp;ource product:</source>
            <translation>P&amp;roducto de origen:</translation>
        </message>
        <message>
            <source>Destination product</source>
            <translation>Producto de destino</translation>
        </message>
        <message>
            <source>Destinat&amp;ion product:</source>
            <translation>&amp;Producto de destino:</translation>
        </message>
        <message>
            <source>&amp;Start challenge</source>
            <translation>&amp;Iniciar reto</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>Stop waiting for the engine (Esc)</source>
            <translation>Dejar de esperar al motor (Esc)</translation>
        </message>
        <message>
            <source>Waiting for the risk engine… Press Esc to cancel.</source>
            <translation>Esperando al motor de riesgo… Presione Esc para cancelar.</translation>
        </message>
        <message>
            <source>Questions for the customer</source>
            <translation>Preguntas para el cliente</translation>
        </message>
        <message>
            <source>S&amp;end answers</source>
            <translation>&amp;Enviar respuestas</translation>
        </message>
        <message>
            <source>A&amp;bandon challenge</source>
            <translation>A&amp;bandonar reto</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Authorization code</source>
            <translation>Código de autorización</translation>
        </message>
        <message>
            <source>Co&amp;py code</source>
            <translation>C&amp;opiar código</translation>
        </message>
        <message>
            <source>New challen&amp;ge</source>
            <translation>&amp;Nuevo reto</translation>
        </message>
        <message>
            <source>Challenge abandoned. No authorization was given; the transaction data is still here.</source>
            <translation>Reto abandonado. No se otorgó ninguna autorización; los datos de la transacción siguen aquí.</translation>
        </message>
        <message>
            <source>Authorization code copied.</source>
            <translation>Código de autorización copiado.</translation>
        </message>
        <message>
            <source>Stopped waiting. The answers may or may not have reached the engine: send them again or abandon the challenge.</source>
            <translation>Se dejó de esperar. Es posible que las respuestas hayan llegado o no al motor: envíelas de nuevo o abandone el reto.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing else was sent; your entries are still here.</source>
            <translation>Cancelado. No se envió nada más; los datos que ingresó siguen aquí.</translation>
        </message>
        <message>
            <source>Step %1 · attempt %2: the previous answer was not accepted. Ask the customer again.</source>
            <translation>Paso %1 · intento %2: la respuesta anterior no fue aceptada. Pregúntele de nuevo al cliente.</translation>
        </message>
        <message>
            <source>Step %1 · attempt %2</source>
            <translation>Paso %1 · intento %2</translation>
        </message>
        <message>
            <source>Transaction %1 for %2 %3%4</source>
            <translation>Transacción %1 para %2 %3%4</translation>
        </message>
        <message>
            <source>, amount %1</source>
            <translation>, monto %1</translation>
        </message>
        <message>
            <source>Authorized. Give this authorization code to the transaction:</source>
            <translation>Autorizado. Use este código de autorización en la transacción:</translation>
        </message>
        <message>
            <source>The risk engine authorized the transaction.</source>
            <translation>El motor de riesgo autorizó la transacción.</translation>
        </message>
        <message>
            <source>Not authorized. The risk engine refused the challenge (result “%1”). Do not carry out the transaction.</source>
            <translation>No autorizado. El motor de riesgo rechazó el reto (resultado “%1”). No realice la transacción.</translation>
        </message>
        <message>
            <source>The challenge was refused: too many answers were not accepted.</source>
            <translation>El reto fue rechazado: demasiadas respuestas no fueron aceptadas.</translation>
        </message>
        <message>
            <source>Risk engine result %1</source>
            <translation>Resultado del motor de riesgo %1</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
        <message>
            <source>Challenge operations</source>
            <translation>Operaciones de reto</translation>
        </message>
        <message>
            <source>Questions (v&amp;2)</source>
            <translation>Preguntas (v&amp;2)</translation>
        </message>
        <message>
            <source>One step (v&amp;1)</source>
            <translation>Un paso (v&amp;1)</translation>
        </message>
        <message>
            <source>Authentication le&amp;vel</source>
            <translation>Ni&amp;vel de autenticación</translation>
        </message>
        <message>
            <source>A&amp;uthentication channel</source>
            <translation>Canal de a&amp;utenticación</translation>
        </message>
    </context>
    <context>
        <name>ChallengeQuestion</name>
        <message>
            <source>Enter the answer.</source>
            <translation>Ingrese la respuesta.</translation>
        </message>
        <message>
            <source>Digits only.</source>
            <translation>Solo dígitos.</translation>
        </message>
        <message numerus="yes">
            <source>Enter exactly %n digit(s).</source>
            <translation>
                <numerusform>Ingrese exactamente %n dígito.</numerusform>
                <numerusform>Ingrese exactamente %n dígitos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChallengeQuestionWidget</name>
        <message>
            <source>Question %1</source>
            <translation>Pregunta %1</translation>
        </message>
        <message numerus="yes">
            <source>Answer: %n digit(s).</source>
            <translation>
                <numerusform>Respuesta: %n dígito.</numerusform>
                <numerusform>Respuesta: %n dígitos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Answer: %n character(s).</source>
            <translation>
                <numerusform>Respuesta: %n carácter.</numerusform>
                <numerusform>Respuesta: %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown question type “%1”: read it to the customer and answer as asked.</source>
            <translation>Tipo de pregunta desconocido “%1”: léasela al cliente y responda según lo indicado.</translation>
        </message>
        <message>
            <source>Answer %1</source>
            <translation>Respuesta %1</translation>
        </message>
        <message>
            <source>Code the customer &amp;received:</source>
            <translation>Código que el cliente &amp;recibió:</translation>
        </message>
        <message>
            <source>Customer's &amp;secret:</source>
            <translation>&amp;Secreto del cliente:</translation>
        </message>
        <message>
            <source>Secret answer (hidden)</source>
            <translation>Respuesta secreta (oculta)</translation>
        </message>
        <message>
            <source>Choose the customer's answer.</source>
            <translation>Elija la respuesta del cliente.</translation>
        </message>
    </context>
    <context>
        <name>ChallengeRequest</name>
        <message>
            <source>Choose the client type.</source>
            <translation>Elija el tipo de cliente.</translation>
        </message>
        <message>
            <source>Add at least one transaction data name and value.</source>
            <translation>Agregue al menos un dato de la transacción con su nombre y valor.</translation>
        </message>
        <message>
            <source>Each transaction data needs a name (at most %1 characters) and a value (at most %2).</source>
            <translation>Cada dato de la transacción necesita un nombre (máximo %1 caracteres) y un valor (máximo %2).</translation>
        </message>
        <message>
            <source>At most %1 characters.</source>
            <translation>Máximo %1 caracteres.</translation>
        </message>
    </context>
    <context>
        <name>ChallengeV1Panel</name>
        <message>
            <source>Challenge v1 asks the risk engine to authorize a transaction in one step, without questions for the customer.</source>
            <translation>El reto v1 solicita al motor de riesgo que autorice una transacción en un solo paso, sin preguntas para el cliente.</translation>
        </message>
        <message>
            <source>Client type</source>
            <translation>Tipo de cliente</translation>
        </message>
        <message>
            <source>N — Natural person</source>
            <translation>N — Persona natural</translation>
        </message>
        <message>
            <source>J — Legal person</source>
            <translation>J — Persona jurídica</translation>
        </message>
        <message>
            <source>Client t&amp;ype:</source>
            <translation>Tipo &amp;de cliente:</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>Número de &amp;identificación:</translation>
        </message>
        <message>
            <source>Transaction code</source>
            <translation>Código de transacción</translation>
        </message>
        <message>
            <source>e.g. 100090</source>
            <translation>p. ej. 100090</translation>
        </message>
        <message>
            <source>Transaction &amp;code:</source>
            <translation>Código de &amp;transacción:</translation>
        </message>
        <message>
            <source>Transaction data name</source>
            <translation>Nombre del dato de la transacción</translation>
        </message>
        <message>
            <source>e.g. CODIGO_CONVENIO</source>
            <translation>p. ej. CODIGO_CONVENIO</translation>
        </message>
        <message>
            <source>&amp;Data name:</source>
            <translation>&amp;Nombre del dato:</translation>
        </message>
        <message>
            <source>Transaction data value</source>
            <translation>Valor del dato de la transacción</translation>
        </message>
        <message>
            <source>Da&amp;ta value:</source>
            <translation>Val&amp;or del dato:</translation>
        </message>
        <message>
            <source>Amount in pesos</source>
            <translation>Monto en pesos</translation>
        </message>
        <message>
            <source>whole pesos, digits only</source>
            <translation>pesos enteros, solo dígitos</translation>
        </message>
        <message>
            <source>A&amp;mount (COP):</source>
            <translation>&amp;Monto (COP):</translation>
        </message>
        <message>
            <source>Source product</source>
            <translation>Producto de origen</translation>
        </message>
        <message>
            <source>S&amp;ource product:</source>
            <translation>&amp;Producto de origen:</translation>
        </message>
        <message>
            <source>Destination product</source>
            <translation>Producto de destino</translation>
        </message>
        <message>
            <source>D&amp;estination product:</source>
            <translation>Producto d&amp;e destino:</translation>
        </message>
        <message>
            <source>&amp;Ask for authorization</source>
            <translation>&amp;Solicitar autorización</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Authorization code</source>
            <translation>Código de autorización</translation>
        </message>
        <message>
            <source>Co&amp;py code</source>
            <translation>&amp;Copiar código</translation>
        </message>
        <message>
            <source>Authorized. Give this authorization code to the transaction:</source>
            <translation>Autorizado. Registre este código de autorización en la transacción:</translation>
        </message>
        <message>
            <source>The risk engine authorized the transaction.</source>
            <translation>El motor de riesgo autorizó la transacción.</translation>
        </message>
        <message>
            <source>Not authorized (result “%1”). Do not carry out the transaction.</source>
            <translation>No autorizado (resultado “%1”). No realice la transacción.</translation>
        </message>
        <message>
            <source>The risk engine did not authorize the transaction.</source>
            <translation>El motor de riesgo no autorizó la transacción.</translation>
        </message>
        <message>
            <source>Risk engine result %1</source>
            <translation>Resultado del motor de riesgo %1</translation>
        </message>
    </context>
    <context>
        <name>ChannelHoldChange</name>
        <message>
            <source>Give the channel and subchannel, or the pseudo-channel description, not both.</source>
            <translation>Indique el canal y el subcanal, o la descripción del seudocanal, pero no ambos.</translation>
        </message>
        <message>
            <source>Give the channel and subchannel or a pseudo-channel.</source>
            <translation>Indique el canal y el subcanal, o un seudocanal.</translation>
        </message>
        <message>
            <source>channel %1, subchannel %2</source>
            <translation>canal %1, subcanal %2</translation>
        </message>
        <message>
            <source>pseudo-channel “%1”</source>
            <translation>seudocanal “%1”</translation>
        </message>
        <message>
            <source>for product %1</source>
            <translation>para el producto %1</translation>
        </message>
        <message>
            <source>for every product of the customer</source>
            <translation>para todos los productos del cliente</translation>
        </message>
        <message>
            <source>Lock %1 %2</source>
            <translation>Bloquear %1 %2</translation>
        </message>
        <message>
            <source>Unlock %1 %2</source>
            <translation>Desbloquear %1 %2</translation>
        </message>
    </context>
    <context>
        <name>ChannelHoldsForm</name>
        <message>
            <source>Channel holds</source>
            <translation>Bloqueos de canal</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>&amp;Número de identificación:</translation>
        </message>
        <message>
            <source>Which holds</source>
            <translation>Bloqueos a consultar</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Todos los canales</translation>
        </message>
        <message>
            <source>Locked only</source>
            <translation>Solo bloqueados</translation>
        </message>
        <message>
            <source>Records per page</source>
            <translation>Registros por página</translation>
        </message>
        <message>
            <source>&amp;Per page:</source>
            <translation>&amp;Por página:</translation>
        </message>
        <message>
            <source>&amp;Consult</source>
            <translation>&amp;Consultar</translation>
        </message>
        <message>
            <source>◀ P&amp;revious</source>
            <translation>◀ Ant&amp;erior</translation>
        </message>
        <message>
            <source>Ne&amp;xt ▶</source>
            <translation>Si&amp;guiente ▶</translation>
        </message>
        <message>
            <source>Lock or unlock</source>
            <translation>Bloquear o desbloquear</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>Acc&amp;ión:</translation>
        </message>
        <message>
            <source>Channel and su&amp;bchannel</source>
            <translation>Canal y su&amp;bcanal</translation>
        </message>
        <message>
            <source>P&amp;seudo-channel</source>
            <translation>P&amp;seudocanal</translation>
        </message>
        <message>
            <source>Channel code</source>
            <translation>Código de canal</translation>
        </message>
        <message>
            <source>Subchannel code</source>
            <translation>Código de subcanal</translation>
        </message>
        <message>
            <source>Pseudo-channel</source>
            <translation>Pseudocanal</translation>
        </message>
        <message>
            <source>Which channel:</source>
            <translation>Canal:</translation>
        </message>
        <message>
            <source>Every product of the c&amp;ustomer</source>
            <translation>Todos los productos del c&amp;liente</translation>
        </message>
        <message>
            <source>One pr&amp;oduct:</source>
            <translation>Un pr&amp;oducto:</translation>
        </message>
        <message>
            <source>Product number</source>
            <translation>Número de producto</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>Alcance:</translation>
        </message>
        <message>
            <source>Appl&amp;y…</source>
            <translation>Aplica&amp;r…</translation>
        </message>
        <message>
            <source>Page %1 of %2 · records %3–%4 of %5</source>
            <translation>Página %1 de %2 · registros %3–%4 de %5</translation>
        </message>
        <message>
            <source>The customer has no locked channels.</source>
            <translation>El cliente no tiene canales bloqueados.</translation>
        </message>
        <message>
            <source>The customer has no channel holds on record.</source>
            <translation>El cliente no tiene bloqueos de canal registrados.</translation>
        </message>
        <message>
            <source>Lock channel</source>
            <translation>Bloquear canal</translation>
        </message>
        <message>
            <source>Unlock channel</source>
            <translation>Desbloquear canal</translation>
        </message>
        <message>
            <source>%1, for customer %2 %3?</source>
            <translation>¿%1 para el cliente %2 %3?</translation>
        </message>
        <message>
            <source>This is recorded in the journal under your user %1, branch %2.</source>
            <translation>Esto queda registrado en la bitácora con su usuario %1, oficina %2.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>No se modificó nada.</translation>
        </message>
        <message>
            <source>No answer from the bank: the change may or may not have been made. Consult the holds again before trying once more.</source>
            <translation>No hubo respuesta del banco: es posible que el cambio se haya realizado o no. Consulte de nuevo los bloqueos antes de volver a intentarlo.</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para soporte: %1</translation>
        </message>
        <message>
            <source>Done: %1.</source>
            <translation>Listo: %1.</translation>
        </message>
        <message>
            <source>See which of a customer's channels are locked, and lock or unlock a channel at the customer's request.</source>
            <translation>Consulte cuáles canales del cliente están bloqueados y bloquee o desbloquee un canal a solicitud del cliente.</translation>
        </message>
    </context>
    <context>
        <name>ChannelHoldsQuery</name>
        <message>
            <source>Between 1 and %1 records per page.</source>
            <translation>Entre 1 y %1 registros por página.</translation>
        </message>
        <message>
            <source>The first record is 1 or more.</source>
            <translation>El primer registro debe ser 1 o mayor.</translation>
        </message>
    </context>
    <context>
        <name>ChannelHoldsTableModel</name>
        <message>
            <source>%1 (branch %2)</source>
            <translation>%1 (oficina %2)</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Desbloqueado</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Subchannel</source>
            <translation>Subcanal</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Locked by</source>
            <translation>Bloqueado por</translation>
        </message>
        <message>
            <source>Locked at</source>
            <translation>Fecha de bloqueo</translation>
        </message>
        <message>
            <source>Unlocked by</source>
            <translation>Desbloqueado por</translation>
        </message>
        <message>
            <source>Unlocked at</source>
            <translation>Fecha de desbloqueo</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatusLabel</name>
        <message>
            <source>Not connected yet</source>
            <translation>Aún sin conexión</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Conectado</translation>
        </message>
        <message>
            <source>token valid until %1</source>
            <translation>token válido hasta %1</translation>
        </message>
        <message>
            <source>Server unreachable</source>
            <translation>Servidor inaccesible</translation>
        </message>
        <message>
            <source>last error %1: %2</source>
            <translation>último error %1: %2</translation>
        </message>
        <message>
            <source>Connection: %1</source>
            <translation>Conexión: %1</translation>
        </message>
        <message>
            <source>Last error %1: %2</source>
            <translation>Último error %1: %2</translation>
        </message>
        <message>
            <source>token expired</source>
            <translation>token vencido</translation>
        </message>
    </context>
    <context>
        <name>ConsultOwnerRequest</name>
        <message>
            <source>Enter the account number (digits only).</source>
            <translation>Ingrese el número de cuenta (solo dígitos).</translation>
        </message>
    </context>
    <context>
        <name>ContactDataView</name>
        <message>
            <source>city %1</source>
            <translation>ciudad %1</translation>
        </message>
        <message>
            <source>%1 ext. %2</source>
            <translation>%1 ext. %2</translation>
        </message>
        <message>
            <source>Residence:</source>
            <translation>Residencia:</translation>
        </message>
        <message>
            <source>Residence phone:</source>
            <translation>Teléfono de residencia:</translation>
        </message>
        <message>
            <source>Office:</source>
            <translation>Oficina:</translation>
        </message>
        <message>
            <source>Office phone:</source>
            <translation>Teléfono de la oficina:</translation>
        </message>
        <message>
            <source>Main occupation (code):</source>
            <translation>Ocupación principal (código):</translation>
        </message>
        <message>
            <source>General occupation (code):</source>
            <translation>Ocupación general (código):</translation>
        </message>
        <message>
            <source>Specific occupation (code):</source>
            <translation>Ocupación específica (código):</translation>
        </message>
        <message>
            <source>Birth date:</source>
            <translation>Fecha de nacimiento:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Género:</translation>
        </message>
        <message>
            <source>Monthly income:</source>
            <translation>Ingresos mensuales:</translation>
        </message>
        <message>
            <source>Monthly expenses:</source>
            <translation>Egresos mensuales:</translation>
        </message>
        <message>
            <source>Assets:</source>
            <translation>Activos:</translation>
        </message>
        <message>
            <source>Liabilities:</source>
            <translation>Pasivos:</translation>
        </message>
        <message>
            <source>Family heritage:</source>
            <translation>Patrimonio familiar:</translation>
        </message>
        <message>
            <source>SARLAFT date:</source>
            <translation>Fecha SARLAFT:</translation>
        </message>
        <message>
            <source>Can be linked:</source>
            <translation>Se puede vincular:</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No: the bank marks this person as not bindable</source>
            <translation>No: el banco marca a esta persona como no vinculable</translation>
        </message>
    </context>
    <context>
        <name>CorrespondentPayoutPanel</name>
        <message>
            <source>A banking correspondent pays out a withdrawal without card. The customer types the OTP they received; it stays hidden and is not kept.</source>
            <translation>Un corresponsal bancario paga un retiro sin tarjeta. El cliente digita la OTP que recibió; queda oculta y no se guarda.</translation>
        </message>
        <message>
            <source>Service point code</source>
            <translation>Código del punto de servicio</translation>
        </message>
        <message>
            <source>Ser&amp;vice point code:</source>
            <translation>Código del punto de ser&amp;vicio:</translation>
        </message>
        <message>
            <source>Service point name</source>
            <translation>Nombre del punto de servicio</translation>
        </message>
        <message>
            <source>Service po&amp;int name:</source>
            <translation>Nom&amp;bre del punto de servicio:</translation>
        </message>
        <message>
            <source>DANE city code</source>
            <translation>Código DANE de la ciudad</translation>
        </message>
        <message>
            <source>DANE city co&amp;de:</source>
            <translation>Código DANE de la ciu&amp;dad:</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Cit&amp;y:</source>
            <translation>Ci&amp;udad:</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Depa&amp;rtment:</source>
            <translation>D&amp;epartamento:</translation>
        </message>
        <message>
            <source>Correspondent account</source>
            <translation>Cuenta del corresponsal</translation>
        </message>
        <message>
            <source>Correspondent acco&amp;unt:</source>
            <translation>Cuenta del corre&amp;sponsal:</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operación</translation>
        </message>
        <message>
            <source>Normal — pay out</source>
            <translation>Normal — pagar</translation>
        </message>
        <message>
            <source>Reverse — undo a payout</source>
            <translation>Reverso — deshacer un pago</translation>
        </message>
        <message>
            <source>Op&amp;eration:</source>
            <translation>&amp;Operación:</translation>
        </message>
        <message>
            <source>Amount in pesos</source>
            <translation>Monto en pesos</translation>
        </message>
        <message>
            <source>whole pesos, digits only</source>
            <translation>pesos enteros, solo dígitos</translation>
        </message>
        <message>
            <source>A&amp;mount (COP):</source>
            <translation>&amp;Monto (COP):</translation>
        </message>
        <message>
            <source>Customer's OTP (hidden)</source>
            <translation>OTP del cliente (oculta)</translation>
        </message>
        <message>
            <source>Customer's OT&amp;P:</source>
            <translation>OTP del cl&amp;iente:</translation>
        </message>
        <message>
            <source>P&amp;ay out</source>
            <translation>&amp;Pagar</translation>
        </message>
        <message>
            <source>Customer identification: %1</source>
            <translation>Identificación del cliente: %1</translation>
        </message>
        <message>
            <source>Approval %1 · %2 from %3 account %4</source>
            <translation>Aprobación %1 · %2 de la cuenta %3 %4</translation>
        </message>
        <message>
            <source>The withdrawal was approved. Pay out the cash and keep the approval number.</source>
            <translation>El retiro fue aprobado. Entregue el efectivo y guarde el número de aprobación.</translation>
        </message>
    </context>
    <context>
        <name>CorrespondentPoint</name>
        <message>
            <source>The transaction hour must be HH:MM:SS.</source>
            <translation>La hora de la transacción debe tener el formato HH:MM:SS.</translation>
        </message>
        <message>
            <source>The audit number has 6 digits.</source>
            <translation>El número de auditoría tiene 6 dígitos.</translation>
        </message>
        <message>
            <source>Enter the service point code (up to 15 letters or digits).</source>
            <translation>Ingrese el código del punto de servicio (hasta 15 letras o dígitos).</translation>
        </message>
        <message>
            <source>Enter the service point name.</source>
            <translation>Ingrese el nombre del punto de servicio.</translation>
        </message>
        <message>
            <source>The DANE municipality code has 5 or 6 digits.</source>
            <translation>El código DANE del municipio tiene 5 o 6 dígitos.</translation>
        </message>
        <message>
            <source>Enter the municipality name.</source>
            <translation>Ingrese el nombre del municipio.</translation>
        </message>
        <message>
            <source>The DANE department code has 2 digits.</source>
            <translation>El código DANE del departamento tiene 2 dígitos.</translation>
        </message>
        <message>
            <source>Enter the correspondent's account number (digits only).</source>
            <translation>Ingrese el número de cuenta del corresponsal (solo dígitos).</translation>
        </message>
    </context>
    <context>
        <name>CorrespondentPointBox</name>
        <message>
            <source>Service point</source>
            <translation>Punto de servicio</translation>
        </message>
        <message>
            <source>Point &amp;code:</source>
            <translation>&amp;Código del punto:</translation>
        </message>
        <message>
            <source>Service point code</source>
            <translation>Código del punto de servicio</translation>
        </message>
        <message>
            <source>Point n&amp;ame:</source>
            <translation>Nombr&amp;e del punto:</translation>
        </message>
        <message>
            <source>Service point name</source>
            <translation>Nombre del punto de servicio</translation>
        </message>
        <message>
            <source>DANE &amp;municipality:</source>
            <translation>&amp;Municipio DANE:</translation>
        </message>
        <message>
            <source>DANE municipality code</source>
            <translation>Código DANE del municipio</translation>
        </message>
        <message>
            <source>Municipalit&amp;y name:</source>
            <translation>Nom&amp;bre del municipio:</translation>
        </message>
        <message>
            <source>Municipality name</source>
            <translation>Nombre del municipio</translation>
        </message>
        <message>
            <source>DANE &amp;department:</source>
            <translation>&amp;Departamento DANE:</translation>
        </message>
        <message>
            <source>DANE department code</source>
            <translation>Código DANE del departamento</translation>
        </message>
        <message>
            <source>Correspondent accoun&amp;t:</source>
            <translation>Cuenta del corresp&amp;onsal:</translation>
        </message>
        <message>
            <source>Correspondent account</source>
            <translation>Cuenta del corresponsal</translation>
        </message>
    </context>
    <context>
        <name>CorrespondentReadsForm</name>
        <message>
            <source>Correspondent reads</source>
            <translation>Consultas de corresponsal</translation>
        </message>
        <message>
            <source>Banking correspondent queries: who holds an account before a deposit, and what a PILA social-security form asks to pay.</source>
            <translation>Consultas de corresponsal bancario: quién es el titular de una cuenta antes de un depósito y cuánto se debe pagar en una planilla PILA de seguridad social.</translation>
        </message>
        <message>
            <source>Correspondent queries</source>
            <translation>Consultas de corresponsal</translation>
        </message>
        <message>
            <source>Consult &amp;owner</source>
            <translation>Consultar &amp;titular</translation>
        </message>
        <message>
            <source>Consult &amp;PILA</source>
            <translation>Consultar &amp;PILA</translation>
        </message>
        <message>
            <source>Account to consult</source>
            <translation>Cuenta a consultar</translation>
        </message>
        <message>
            <source>digits only, e.g. 24001395404</source>
            <translation>solo dígitos, p. ej. 24001395404</translation>
        </message>
        <message>
            <source>Account to con&amp;sult:</source>
            <translation>C&amp;uenta a consultar:</translation>
        </message>
        <message>
            <source>Consult owne&amp;r</source>
            <translation>Consultar titula&amp;r</translation>
        </message>
        <message>
            <source>Consult owner</source>
            <translation>Consultar titular</translation>
        </message>
        <message>
            <source>Account holder</source>
            <translation>Titular de la cuenta</translation>
        </message>
        <message>
            <source>Holder:</source>
            <translation>Titular:</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Cuenta:</translation>
        </message>
        <message>
            <source>PILA form number</source>
            <translation>Número de planilla PILA</translation>
        </message>
        <message>
            <source>Contributor NIT</source>
            <translation>NIT del aportante</translation>
        </message>
        <message>
            <source>without the check digit</source>
            <translation>sin el dígito de verificación</translation>
        </message>
        <message>
            <source>Form n&amp;umber (planilla):</source>
            <translation>&amp;Número de planilla:</translation>
        </message>
        <message>
            <source>Contributor &amp;NIT:</source>
            <translation>NIT del apo&amp;rtante:</translation>
        </message>
        <message>
            <source>Consult P&amp;ILA</source>
            <translation>Consultar P&amp;ILA</translation>
        </message>
        <message>
            <source>Consult PILA</source>
            <translation>Consultar PILA</translation>
        </message>
        <message>
            <source>PILA form</source>
            <translation>Planilla PILA</translation>
        </message>
        <message>
            <source>Amount to pay:</source>
            <translation>Valor a pagar:</translation>
        </message>
        <message>
            <source>Period settled:</source>
            <translation>Periodo liquidado:</translation>
        </message>
        <message>
            <source>Payment due:</source>
            <translation>Fecha límite de pago:</translation>
        </message>
        <message>
            <source>Contributor NIT:</source>
            <translation>NIT del aportante:</translation>
        </message>
        <message>
            <source>Authorization code:</source>
            <translation>Código de autorización:</translation>
        </message>
        <message>
            <source>There is no account with this number. Check the digits.</source>
            <translation>No existe ninguna cuenta con este número. Verifique los dígitos.</translation>
        </message>
        <message>
            <source>The account does not exist.</source>
            <translation>La cuenta no existe.</translation>
        </message>
        <message>
            <source>No holder is registered for this account.</source>
            <translation>Esta cuenta no tiene titular registrado.</translation>
        </message>
        <message>
            <source>The bank has no holder on record for this account; do not take the deposit and refer the customer to a branch.</source>
            <translation>El banco no tiene registrado un titular para esta cuenta; no reciba el depósito y remita al cliente a una oficina.</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(no indicado)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>No PILA form with this number for this NIT.</source>
            <translation>No hay ninguna planilla PILA con este número para este NIT.</translation>
        </message>
        <message>
            <source>The PILA form was not found. Check the form number and the contributor's NIT.</source>
            <translation>No se encontró la planilla PILA. Verifique el número de planilla y el NIT del aportante.</translation>
        </message>
        <message>
            <source>Asking the bank… Press Esc to cancel.</source>
            <translation>Consultando al banco… Presione Esc para cancelar.</translation>
        </message>
    </context>
    <context>
        <name>CorrespondentWithdrawalRequest</name>
        <message>
            <source>Normal or Reverse.</source>
            <translation>Normal o reverso.</translation>
        </message>
    </context>
    <context>
        <name>CredentialStore</name>
        <message>
            <source>No client credentials are stored for %1; enter them in Settings.</source>
            <translation>No hay credenciales de cliente (client id y client secret) guardadas para %1; ingréselas en Configuración.</translation>
        </message>
        <message>
            <source>Nothing is stored in the keyring for %1; enter it again.</source>
            <translation>No hay nada guardado en el llavero del sistema para %1; ingréselo de nuevo.</translation>
        </message>
        <message>
            <source>the client credentials for %1</source>
            <translation>las credenciales de cliente de %1</translation>
        </message>
        <message>
            <source>No keyring (Secret Service) is available on this workstation; start the desktop session's keyring or ask IT. Credentials are never stored in plain text.</source>
            <translation>No hay ningún llavero del sistema (Secret Service) disponible en esta estación de trabajo; inicie el llavero de la sesión de escritorio o consulte con el área de tecnología. Las credenciales nunca se guardan en texto plano.</translation>
        </message>
        <message>
            <source>The keyring is locked or refused access to %1; unlock the keyring (for example by logging in to the desktop session again) and try again.</source>
            <translation>El llavero del sistema está bloqueado o negó el acceso a %1; desbloquee el llavero (por ejemplo, iniciando sesión de nuevo en el escritorio) e intente otra vez.</translation>
        </message>
        <message>
            <source>The keyring could not read %1. It may be locked: unlock it and try again; if it keeps failing, ask IT.</source>
            <translation>El llavero del sistema no pudo leer %1. Puede estar bloqueado: desbloquéelo e intente de nuevo; si sigue fallando, consulte con el área de tecnología.</translation>
        </message>
        <message>
            <source>The keyring could not save %1. It may be locked: unlock it and try again; if it keeps failing, ask IT. Nothing was stored elsewhere.</source>
            <translation>El llavero del sistema no pudo guardar %1. Puede estar bloqueado: desbloquéelo e intente de nuevo; si sigue fallando, consulte con el área de tecnología. No se guardó nada en otro lugar.</translation>
        </message>
        <message>
            <source>The keyring could not delete %1. It may be locked: unlock it and try again; if it keeps failing, ask IT.</source>
            <translation>El llavero del sistema no pudo eliminar %1. Puede estar bloqueado: desbloquéelo e intente de nuevo; si sigue fallando, consulte con el área de tecnología.</translation>
        </message>
        <message>
            <source>Enter both the client id and the client secret for %1; nothing was stored.</source>
            <translation>Ingrese tanto el client id como el client secret de %1; no se guardó nada.</translation>
        </message>
    </context>
    <context>
        <name>Customer360Form</name>
        <message>
            <source>Name: %1</source>
            <translation>Nombre: %1</translation>
        </message>
        <message>
            <source>Identification: %1 %2</source>
            <translation>Identificación: %1 %2</translation>
        </message>
        <message>
            <source>Birth date: %1</source>
            <translation>Fecha de nacimiento: %1</translation>
        </message>
        <message>
            <source>E-mail: %1</source>
            <translation>Correo electrónico: %1</translation>
        </message>
        <message>
            <source>Cellphone: %1</source>
            <translation>Celular: %1</translation>
        </message>
        <message>
            <source>Customer since: %1</source>
            <translation>Cliente desde: %1</translation>
        </message>
        <message>
            <source>SARLAFT date: %1</source>
            <translation>Fecha SARLAFT: %1</translation>
        </message>
        <message>
            <source>Deceased: %1</source>
            <translation>Fallecido: %1</translation>
        </message>
        <message>
            <source>Address: %1 (city %2)</source>
            <translation>Dirección: %1 (ciudad %2)</translation>
        </message>
        <message>
            <source>Customer 360</source>
            <translation>Cliente 360</translation>
        </message>
        <message>
            <source>Everything the bank holds about one customer: basic data, locations, contact and financial data, channel holds and remittance profile. Each part loads on its own.</source>
            <translation>Todo lo que el banco tiene sobre un cliente: datos básicos, ubicaciones, datos de contacto y financieros, bloqueos de canal y perfil de remesas. Cada parte se carga por separado.</translation>
        </message>
        <message>
            <source>Cop&amp;y</source>
            <translation>Copia&amp;r</translation>
        </message>
        <message>
            <source>Copy the customer's data</source>
            <translation>Copiar los datos del cliente</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>Print the customer's data</source>
            <translation>Imprimir los datos del cliente</translation>
        </message>
        <message>
            <source>Re&amp;veal identity numbers in copy and print</source>
            <translation>&amp;Mostrar los números de identificación al copiar e imprimir</translation>
        </message>
        <message>
            <source>Reveal identity numbers</source>
            <translation>Mostrar los números de identificación</translation>
        </message>
        <message>
            <source>Off: Copy and Print show only the last four digits of identity numbers.</source>
            <translation>Desactivado: Copiar e Imprimir muestran solo los últimos cuatro dígitos de los números de identificación.</translation>
        </message>
        <message>
            <source>Basic data</source>
            <translation>Datos básicos</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Ubicaciones</translation>
        </message>
        <message>
            <source>Contact and financial data</source>
            <translation>Datos de contacto y financieros</translation>
        </message>
        <message>
            <source>Channel holds</source>
            <translation>Bloqueos de canal</translation>
        </message>
        <message>
            <source>Remittance profile</source>
            <translation>Perfil de remesas</translation>
        </message>
        <message>
            <source>Copied, with full identity numbers.</source>
            <translation>Copiado, con los números de identificación completos.</translation>
        </message>
        <message>
            <source>Copied. Identity numbers are masked.</source>
            <translation>Copiado. Los números de identificación están enmascarados.</translation>
        </message>
        <message>
            <source>This customer has no remittance profile.</source>
            <translation>Este cliente no tiene perfil de remesas.</translation>
        </message>
        <message>
            <source>Stopped. The parts that had arrived stay in view; Retry loads a part again.</source>
            <translation>Detenido. Las partes que ya llegaron siguen a la vista; Reintentar vuelve a cargar una parte.</translation>
        </message>
        <message>
            <source>Not available: %1</source>
            <translation>No disponible: %1</translation>
        </message>
    </context>
    <context>
        <name>CustomerAddressModel</name>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>City code</source>
            <translation>Código de ciudad</translation>
        </message>
        <message>
            <source>Department code</source>
            <translation>Código de departamento</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
    </context>
    <context>
        <name>CustomerBasicDataQuery</name>
        <message>
            <source>Choose the identification type.</source>
            <translation>Elija el tipo de identificación.</translation>
        </message>
        <message>
            <source>Unknown identification type "%1": use CC, CE, PA, TI, NI or PE.</source>
            <translation>Tipo de identificación desconocido "%1": use CC, CE, PA, TI, NI o PE.</translation>
        </message>
        <message>
            <source>Enter the identification number.</source>
            <translation>Ingrese el número de identificación.</translation>
        </message>
        <message>
            <source>The identification number must not contain spaces.</source>
            <translation>El número de identificación no debe contener espacios.</translation>
        </message>
        <message>
            <source>The identification number has at most %1 characters.</source>
            <translation>El número de identificación tiene como máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>For %1 the identification number has digits only.</source>
            <translation>Para %1, el número de identificación solo tiene dígitos.</translation>
        </message>
        <message>
            <source>The identification number has letters and digits only.</source>
            <translation>El número de identificación solo tiene letras y dígitos.</translation>
        </message>
        <message>
            <source>Enter the cellphone number.</source>
            <translation>Ingrese el número de celular.</translation>
        </message>
        <message>
            <source>The cellphone number has exactly %1 digits, without spaces or signs.</source>
            <translation>El número de celular tiene exactamente %1 dígitos, sin espacios ni signos.</translation>
        </message>
    </context>
    <context>
        <name>CustomerBasicDataView</name>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <source>%1 (%2) %3</source>
            <translation>%1 (%2) %3</translation>
        </message>
        <message>
            <source>This customer has an alert on file: follow the branch procedure before continuing.</source>
            <translation>Este cliente tiene una alerta registrada: siga el procedimiento de la oficina antes de continuar.</translation>
        </message>
        <message>
            <source>Alert flag "%1" on file: follow the branch procedure before continuing.</source>
            <translation>Marca de alerta "%1" registrada: siga el procedimiento de la oficina antes de continuar.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Customer found</source>
            <translation>Cliente encontrado</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Identification:</source>
            <translation>Identificación:</translation>
        </message>
        <message>
            <source>Person type:</source>
            <translation>Tipo de persona:</translation>
        </message>
        <message>
            <source>Birth date:</source>
            <translation>Fecha de nacimiento:</translation>
        </message>
        <message>
            <source>Deceased:</source>
            <translation>Fallecido:</translation>
        </message>
        <message>
            <source>Alert:</source>
            <translation>Alerta:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>Correo electrónico:</translation>
        </message>
        <message>
            <source>Contact cellphone:</source>
            <translation>Celular de contacto:</translation>
        </message>
        <message>
            <source>Registered cellphone:</source>
            <translation>Celular registrado:</translation>
        </message>
        <message>
            <source>Customer since:</source>
            <translation>Cliente desde:</translation>
        </message>
        <message>
            <source>Last updated:</source>
            <translation>Última actualización:</translation>
        </message>
        <message>
            <source>SARLAFT date:</source>
            <translation>Fecha SARLAFT:</translation>
        </message>
        <message>
            <source>Postal addresses</source>
            <translation>Direcciones postales</translation>
        </message>
        <message>
            <source>Select all addresses</source>
            <translation>Seleccionar todas las direcciones</translation>
        </message>
        <message>
            <source>Postal a&amp;ddresses:</source>
            <translation>&amp;Direcciones postales:</translation>
        </message>
        <message>
            <source>Recorded as deceased on %1</source>
            <translation>Registrado como fallecido el %1</translation>
        </message>
        <message>
            <source>No postal address on file.</source>
            <translation>No hay direcciones postales registradas.</translation>
        </message>
    </context>
    <context>
        <name>CustomerByAccountForm</name>
        <message>
            <source>Customer by account (Itau)</source>
            <translation>Cliente por cuenta (Itau)</translation>
        </message>
        <message>
            <source>Find who holds an Itau account, with their contacts and relationship managers, through the Itau contact-centre service.</source>
            <translation>Consulte quién es el titular de una cuenta Itau, con sus contactos y gerentes de relación, mediante el servicio del centro de contacto de Itau.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Account code</source>
            <translation>Código de cuenta</translation>
        </message>
        <message>
            <source>18 digits: company 3, bank 3, agency 4, current account 7, DAC 1.</source>
            <translation>18 dígitos: empresa 3, banco 3, agencia 4, cuenta corriente 7, DAC 1.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Structure type</source>
            <translation>Tipo de estructura</translation>
        </message>
        <message>
            <source>optional, e.g. AP, OP, SD, CO</source>
            <translation>opcional, p. ej. AP, OP, SD, CO</translation>
        </message>
        <message>
            <source>Customer segment</source>
            <translation>Segmento del cliente</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>Digital service</source>
            <translation>Servicio digital</translation>
        </message>
        <message>
            <source>Account &amp;code:</source>
            <translation>&amp;Código de cuenta:</translation>
        </message>
        <message>
            <source>S&amp;tructure type:</source>
            <translation>Tipo de es&amp;tructura:</translation>
        </message>
        <message>
            <source>Se&amp;gment:</source>
            <translation>Se&amp;gmento:</translation>
        </message>
        <message>
            <source>&amp;Digital service:</source>
            <translation>Servicio &amp;digital:</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>Cancel search</source>
            <translation>Cancelar búsqueda</translation>
        </message>
        <message>
            <source>Stop the running search (Esc)</source>
            <translation>Detener la búsqueda en curso (Esc)</translation>
        </message>
        <message>
            <source>Itau c&amp;redentials…</source>
            <translation>C&amp;redenciales de Itau…</translation>
        </message>
        <message>
            <source>Itau credentials</source>
            <translation>Credenciales de Itau</translation>
        </message>
        <message>
            <source>Store the Itau user name, password and API key in this workstation's keyring</source>
            <translation>Guardar el nombre de usuario, la clave y la clave de API de Itau en el llavero de esta estación de trabajo</translation>
        </message>
        <message>
            <source>Searching</source>
            <translation>Buscando</translation>
        </message>
        <message>
            <source>Searching… Press Esc to cancel.</source>
            <translation>Buscando… Presione Esc para cancelar.</translation>
        </message>
        <message>
            <source>The account code already has its %1 digits.</source>
            <translation>El código de cuenta ya tiene sus %1 dígitos.</translation>
        </message>
        <message>
            <source>Only digits can be typed in the account code.</source>
            <translation>En el código de cuenta solo se pueden escribir dígitos.</translation>
        </message>
        <message>
            <source>Type the 18 digits; the groups are formed as you type.</source>
            <translation>Escriba los 18 dígitos; los grupos se forman a medida que escribe.</translation>
        </message>
        <message>
            <source>Complete: company %1, bank %2, agency %3, account %4, DAC %5.</source>
            <translation>Completo: empresa %1, banco %2, agencia %3, cuenta %4, DAC %5.</translation>
        </message>
        <message>
            <source>The Itau credentials are stored in the keyring. Search again.</source>
            <translation>Las credenciales de Itau están guardadas en el llavero. Busque de nuevo.</translation>
        </message>
        <message>
            <source>Search cancelled. Nothing else was sent; your entries are still here.</source>
            <translation>Búsqueda cancelada. No se envió nada más; sus datos siguen aquí.</translation>
        </message>
        <message>
            <source>Itau code %1</source>
            <translation>Código Itau %1</translation>
        </message>
        <message>
            <source>Correlation id %1</source>
            <translation>Id de correlación %1</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
    </context>
    <context>
        <name>CustomerCodeTables</name>
        <message>
            <source>Natural person</source>
            <translation>Persona natural</translation>
        </message>
        <message>
            <source>Legal entity</source>
            <translation>Persona jurídica</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Masculino</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femenino</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Landline</source>
            <translation>Fijo</translation>
        </message>
        <message>
            <source>Cellphone</source>
            <translation>Celular</translation>
        </message>
        <message>
            <source>Origin 01</source>
            <translation>Origen 01</translation>
        </message>
        <message>
            <source>Origin 10 (other: give the detail)</source>
            <translation>Origen 10 (otro: indique el detalle)</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>Quincenal</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensual</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombia</translation>
        </message>
    </context>
    <context>
        <name>CustomerContactPointTableModel</name>
        <message>
            <source>Current</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>Not current</source>
            <translation>No vigente</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Cellphone</source>
            <translation>Celular</translation>
        </message>
        <message>
            <source>Additional phone</source>
            <translation>Teléfono adicional</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>E-mail or phone</source>
            <translation>Correo electrónico o teléfono</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>CustomerCreateRequest</name>
        <message>
            <source>%1 (bank rule %2)</source>
            <translation>%1 (regla del banco %2)</translation>
        </message>
        <message>
            <source>Choose the identification type.</source>
            <translation>Elija el tipo de identificación.</translation>
        </message>
        <message>
            <source>Unknown identification type "%1".</source>
            <translation>Tipo de identificación desconocido "%1".</translation>
        </message>
        <message>
            <source>Enter the identification number.</source>
            <translation>Ingrese el número de identificación.</translation>
        </message>
        <message>
            <source>The identification number must not contain spaces.</source>
            <translation>El número de identificación no debe contener espacios.</translation>
        </message>
        <message>
            <source>The identification number has at most %1 characters.</source>
            <translation>El número de identificación tiene como máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>For %1 the identification number has digits only.</source>
            <translation>Para %1, el número de identificación solo tiene dígitos.</translation>
        </message>
        <message>
            <source>The identification number has letters and digits only.</source>
            <translation>El número de identificación solo tiene letras y dígitos.</translation>
        </message>
        <message>
            <source>A NIT has %1 digits followed by its check digit (e.g. 900123456-8).</source>
            <translation>Un NIT tiene %1 dígitos seguidos de su dígito de verificación (p. ej. 900123456-8).</translation>
        </message>
        <message>
            <source>The NIT's check digit is wrong: for %1 it is %2.</source>
            <translation>El dígito de verificación del NIT es incorrecto: para %1 es %2.</translation>
        </message>
        <message>
            <source>Choose the customer type.</source>
            <translation>Elija el tipo de cliente.</translation>
        </message>
        <message>
            <source>The customer type is N (natural person) or J (legal entity).</source>
            <translation>El tipo de cliente es N (persona natural) o J (persona jurídica).</translation>
        </message>
        <message>
            <source>Enter the first name.</source>
            <translation>Ingrese el primer nombre.</translation>
        </message>
        <message>
            <source>Enter the first surname.</source>
            <translation>Ingrese el primer apellido.</translation>
        </message>
        <message>
            <source>At most %1 characters.</source>
            <translation>Máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>Letters (Ñ and accents too) and single spaces only.</source>
            <translation>Solo letras (también Ñ y tildes) y espacios sencillos.</translation>
        </message>
        <message>
            <source>Enter the city's DANE code (5 digits).</source>
            <translation>Ingrese el código DANE de la ciudad (5 dígitos).</translation>
        </message>
        <message>
            <source>A DANE city code has 5 digits, e.g. 05001 (Medellín).</source>
            <translation>Un código DANE de ciudad tiene 5 dígitos, p. ej. 05001 (Medellín).</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>La fecha no puede ser futura.</translation>
        </message>
        <message>
            <source>The date is too far in the past.</source>
            <translation>La fecha es demasiado antigua.</translation>
        </message>
        <message>
            <source>Enter the date of birth.</source>
            <translation>Ingrese la fecha de nacimiento.</translation>
        </message>
        <message>
            <source>Enter the document's issue date.</source>
            <translation>Ingrese la fecha de expedición del documento.</translation>
        </message>
        <message>
            <source>The issue date must be after the date of birth.</source>
            <translation>La fecha de expedición debe ser posterior a la fecha de nacimiento.</translation>
        </message>
        <message>
            <source>Choose the gender.</source>
            <translation>Elija el género.</translation>
        </message>
        <message>
            <source>The gender is M, F or O.</source>
            <translation>El género es M, F u O.</translation>
        </message>
        <message>
            <source>Choose the marital status.</source>
            <translation>Elija el estado civil.</translation>
        </message>
        <message>
            <source>A marital status code has 1 or 2 letters or digits.</source>
            <translation>Un código de estado civil tiene 1 o 2 letras o dígitos.</translation>
        </message>
        <message>
            <source>Not a valid e-mail address (e.g. name@example.com).</source>
            <translation>No es un correo electrónico válido (p. ej. nombre@ejemplo.com).</translation>
        </message>
        <message>
            <source>The customer class is a code of 1 to 3 digits.</source>
            <translation>La clase de cliente es un código de 1 a 3 dígitos.</translation>
        </message>
        <message>
            <source>Enter the amount (0 when there is none).</source>
            <translation>Ingrese el valor (0 si no hay).</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>El valor no puede ser negativo.</translation>
        </message>
        <message>
            <source>Digits only, optionally with a decimal point and 2 decimals, e.g. 2500000.</source>
            <translation>Solo dígitos, opcionalmente con punto decimal y 2 decimales, p. ej. 2500000.</translation>
        </message>
        <message>
            <source>Say where the other income comes from.</source>
            <translation>Indique de dónde provienen los otros ingresos.</translation>
        </message>
        <message>
            <source>Choose the origin of the resources.</source>
            <translation>Elija el origen de los recursos.</translation>
        </message>
        <message>
            <source>The origin of resources is a 2-digit code.</source>
            <translation>El origen de los recursos es un código de 2 dígitos.</translation>
        </message>
        <message>
            <source>Origin 10 needs a detail of where the resources come from.</source>
            <translation>El origen 10 requiere detallar de dónde provienen los recursos.</translation>
        </message>
        <message>
            <source>Choose whether the customer manages resources.</source>
            <translation>Indique si el cliente maneja recursos.</translation>
        </message>
        <message>
            <source>Resource management is S or N.</source>
            <translation>El manejo de recursos es S o N.</translation>
        </message>
        <message>
            <source>Enter a phone number.</source>
            <translation>Ingrese un número de teléfono.</translation>
        </message>
        <message>
            <source>Choose the phone type.</source>
            <translation>Elija el tipo de teléfono.</translation>
        </message>
        <message>
            <source>A Colombian cellphone has 10 digits and starts with 3.</source>
            <translation>Un celular colombiano tiene 10 dígitos y empieza por 3.</translation>
        </message>
        <message>
            <source>A Colombian landline has 7 digits, or 10 starting with 60.</source>
            <translation>Un teléfono fijo colombiano tiene 7 dígitos, o 10 si empieza por 60.</translation>
        </message>
        <message>
            <source>Enter the residence address.</source>
            <translation>Ingrese la dirección de residencia.</translation>
        </message>
        <message>
            <source>Choose the country of birth.</source>
            <translation>Elija el país de nacimiento.</translation>
        </message>
        <message>
            <source>The country is a 2-letter ISO code, e.g. CO.</source>
            <translation>El país es un código ISO de 2 letras, p. ej. CO.</translation>
        </message>
        <message>
            <source>The occupation is a 2-digit code.</source>
            <translation>La ocupación es un código de 2 dígitos.</translation>
        </message>
        <message>
            <source>The position is a code of up to 6 digits.</source>
            <translation>El cargo es un código de hasta 6 dígitos.</translation>
        </message>
        <message>
            <source>The activity is a code of up to 6 digits.</source>
            <translation>La actividad es un código de hasta 6 dígitos.</translation>
        </message>
        <message>
            <source>The profession is a code of up to 3 digits.</source>
            <translation>La profesión es un código de hasta 3 dígitos.</translation>
        </message>
        <message>
            <source>The general profession is a 3-digit code.</source>
            <translation>La profesión general es un código de 3 dígitos.</translation>
        </message>
        <message>
            <source>The specific profession is a 4-digit code.</source>
            <translation>La profesión específica es un código de 4 dígitos.</translation>
        </message>
        <message>
            <source>With an occupation, enter the company's identification.</source>
            <translation>Si tiene ocupación, ingrese la identificación de la empresa.</translation>
        </message>
        <message>
            <source>With an occupation, enter the position.</source>
            <translation>Si tiene ocupación, ingrese el cargo.</translation>
        </message>
        <message>
            <source>The agreement is a code of up to 6 digits.</source>
            <translation>El convenio es un código de hasta 6 dígitos.</translation>
        </message>
        <message>
            <source>An office code has up to 6 digits.</source>
            <translation>Un código de oficina tiene hasta 6 dígitos.</translation>
        </message>
        <message>
            <source>The city code has up to 5 digits.</source>
            <translation>El código de ciudad tiene hasta 5 dígitos.</translation>
        </message>
        <message>
            <source>Enter the agreement's name.</source>
            <translation>Ingrese el nombre del convenio.</translation>
        </message>
        <message>
            <source>The savings pocket is S or N.</source>
            <translation>El bolsillo de ahorro es S o N.</translation>
        </message>
        <message>
            <source>Choose how often the pocket saves.</source>
            <translation>Elija con qué frecuencia ahorra el bolsillo.</translation>
        </message>
        <message>
            <source>A day from 01 to %1.</source>
            <translation>Un día del 01 al %1.</translation>
        </message>
        <message>
            <source>Choose whether the account is marked GMF exempt (4x1000).</source>
            <translation>Indique si la cuenta se marca como exenta de GMF (4x1000).</translation>
        </message>
        <message>
            <source>The GMF mark is S or N.</source>
            <translation>La marca de GMF es S o N.</translation>
        </message>
        <message>
            <source>Enter the ledger code.</source>
            <translation>Ingrese el código de mayor.</translation>
        </message>
        <message>
            <source>A 2-digit code.</source>
            <translation>Un código de 2 dígitos.</translation>
        </message>
        <message>
            <source>Enter the subledger code.</source>
            <translation>Ingrese el código de submayor.</translation>
        </message>
        <message>
            <source>Enter the group code.</source>
            <translation>Ingrese el código de grupo.</translation>
        </message>
        <message>
            <source>Enter the account type.</source>
            <translation>Ingrese el tipo de cuenta.</translation>
        </message>
        <message>
            <source>A code of up to 4 digits.</source>
            <translation>Un código de hasta 4 dígitos.</translation>
        </message>
        <message>
            <source>Source retention is S or N.</source>
            <translation>La retención en la fuente es S o N.</translation>
        </message>
        <message>
            <source>Choose the statement period.</source>
            <translation>Elija el periodo del extracto.</translation>
        </message>
        <message>
            <source>The statement period is a one-letter code.</source>
            <translation>El periodo del extracto es un código de una letra.</translation>
        </message>
        <message>
            <source>Enter the administration office.</source>
            <translation>Ingrese la oficina de administración.</translation>
        </message>
        <message>
            <source>Enter the submitting office.</source>
            <translation>Ingrese la oficina radicadora.</translation>
        </message>
        <message>
            <source>The office address type is a one-letter code.</source>
            <translation>El tipo de dirección de la oficina es un código de una letra.</translation>
        </message>
        <message>
            <source>Up to 10 letters and digits.</source>
            <translation>Hasta 10 letras y dígitos.</translation>
        </message>
        <message>
            <source>Enter the adviser's user registration.</source>
            <translation>Ingrese el registro de usuario del asesor.</translation>
        </message>
        <message>
            <source>Not a real date; check the day, month and year.</source>
            <translation>No es una fecha válida; revise el día, el mes y el año.</translation>
        </message>
    </context>
    <context>
        <name>CustomerLocationTableModel</name>
        <message>
            <source>%1, office %2</source>
            <translation>%1, oficina %2</translation>
        </message>
        <message>
            <source>Residence</source>
            <translation>Residencia</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source> ext. %1</source>
            <translation> ext. %1</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>Not current</source>
            <translation>No vigente</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 por %2</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Neighborhood</source>
            <translation>Barrio</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Teléfonos</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creación</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualización</translation>
        </message>
    </context>
    <context>
        <name>CustomerLookupForm</name>
        <message>
            <source>Customer lookup</source>
            <translation>Consulta de clientes</translation>
        </message>
        <message>
            <source>Find a customer's basic data by identification document or by cellphone number.</source>
            <translation>Busque los datos básicos de un cliente por documento de identificación o por número de celular.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Búsqueda</translation>
        </message>
        <message>
            <source>By &amp;identification</source>
            <translation>Por &amp;identificación</translation>
        </message>
        <message>
            <source>Search by identification</source>
            <translation>Buscar por identificación</translation>
        </message>
        <message>
            <source>Search by cellphone</source>
            <translation>Buscar por celular</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>e.g. 1234567890</source>
            <translation>p. ej. 1234567890</translation>
        </message>
        <message>
            <source>Cellphone number</source>
            <translation>Número de celular</translation>
        </message>
        <message>
            <source>%1 digits</source>
            <translation>%1 dígitos</translation>
        </message>
        <message>
            <source>Identification &amp;type:</source>
            <translation>&amp;Tipo de identificación:</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>&amp;Número de identificación:</translation>
        </message>
        <message>
            <source>&amp;Cellphone:</source>
            <translation>&amp;Celular:</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>Cancel search</source>
            <translation>Cancelar búsqueda</translation>
        </message>
        <message>
            <source>Stop the running search (Esc)</source>
            <translation>Detener la búsqueda en curso (Esc)</translation>
        </message>
        <message>
            <source>Searching</source>
            <translation>Buscando</translation>
        </message>
        <message>
            <source>Searching… Press Esc to cancel.</source>
            <translation>Buscando… Presione Esc para cancelar.</translation>
        </message>
        <message>
            <source>The search could not be started.</source>
            <translation>No se pudo iniciar la búsqueda.</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
        <message>
            <source>Search cancelled. Nothing else was sent; your entries are still here.</source>
            <translation>Búsqueda cancelada. No se envió nada más; los datos que ingresó siguen aquí.</translation>
        </message>
        <message>
            <source>There is no customer with that cellphone number. Check the number and search again.</source>
            <translation>No hay ningún cliente con ese número de celular. Verifique el número y vuelva a buscar.</translation>
        </message>
        <message>
            <source>There is no customer with those details. Check the identification type and number and search again.</source>
            <translation>No hay ningún cliente con esos datos. Verifique el tipo y el número de identificación y vuelva a buscar.</translation>
        </message>
        <message>
            <source>By cell&amp;phone</source>
            <translation>Por cel&amp;ular</translation>
        </message>
    </context>
    <context>
        <name>CustomerPayee</name>
        <message>
            <source>Choose the customer's identification type.</source>
            <translation>Elija el tipo de identificación del cliente.</translation>
        </message>
        <message>
            <source>Enter the customer's identification number.</source>
            <translation>Ingrese el número de identificación del cliente.</translation>
        </message>
        <message>
            <source>Enter the payee's first name.</source>
            <translation>Ingrese el primer nombre del beneficiario de pagos.</translation>
        </message>
        <message>
            <source>Enter the payee's last name.</source>
            <translation>Ingrese el apellido del beneficiario de pagos.</translation>
        </message>
        <message>
            <source>Enter an e-mail address such as name@example.com.</source>
            <translation>Ingrese un correo electrónico como nombre@ejemplo.com.</translation>
        </message>
        <message>
            <source>Choose the payee's identification type.</source>
            <translation>Elija el tipo de identificación del beneficiario de pagos.</translation>
        </message>
        <message>
            <source>Enter the payee's identification number.</source>
            <translation>Ingrese el número de identificación del beneficiario de pagos.</translation>
        </message>
        <message>
            <source>Choose the relationship to the customer.</source>
            <translation>Elija la relación con el cliente.</translation>
        </message>
        <message>
            <source>Enter the branch.</source>
            <translation>Ingrese la oficina.</translation>
        </message>
    </context>
    <context>
        <name>CustomerPayeeForm</name>
        <message>
            <source>Customer payee</source>
            <translation>Beneficiario de pagos del cliente</translation>
        </message>
        <message>
            <source>Customer identification type</source>
            <translation>Tipo de identificación del cliente</translation>
        </message>
        <message>
            <source>Customer identification number</source>
            <translation>Número de identificación del cliente</translation>
        </message>
        <message>
            <source>Payee first name</source>
            <translation>Primer nombre del beneficiario</translation>
        </message>
        <message>
            <source>Payee middle name</source>
            <translation>Segundo nombre del beneficiario</translation>
        </message>
        <message>
            <source>Payee last name</source>
            <translation>Primer apellido del beneficiario</translation>
        </message>
        <message>
            <source>Payee second last name</source>
            <translation>Segundo apellido del beneficiario</translation>
        </message>
        <message>
            <source>Payee identification type</source>
            <translation>Tipo de identificación del beneficiario</translation>
        </message>
        <message>
            <source>Payee identification number</source>
            <translation>Número de identificación del beneficiario</translation>
        </message>
        <message>
            <source>Country of the identification</source>
            <translation>País de la identificación</translation>
        </message>
        <message>
            <source>Nationality and country code</source>
            <translation>Nacionalidad y código de país</translation>
        </message>
        <message>
            <source>Payee e-mail</source>
            <translation>Correo electrónico del beneficiario</translation>
        </message>
        <message>
            <source>Notification address</source>
            <translation>Dirección de notificación</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Relationship code</source>
            <translation>Código de relación</translation>
        </message>
        <message>
            <source>Adviser identifier</source>
            <translation>Identificador del asesor</translation>
        </message>
        <message>
            <source>Re&amp;gister payee</source>
            <translation>Re&amp;gistrar beneficiario</translation>
        </message>
        <message>
            <source>Customer ID type:</source>
            <translation>Tipo de identificación del cliente:</translation>
        </message>
        <message>
            <source>Customer ID number:</source>
            <translation>Número de identificación del cliente:</translation>
        </message>
        <message>
            <source>Payee first name:</source>
            <translation>Primer nombre del beneficiario:</translation>
        </message>
        <message>
            <source>Payee middle name:</source>
            <translation>Segundo nombre del beneficiario:</translation>
        </message>
        <message>
            <source>Payee last name:</source>
            <translation>Primer apellido del beneficiario:</translation>
        </message>
        <message>
            <source>Payee second last name:</source>
            <translation>Segundo apellido del beneficiario:</translation>
        </message>
        <message>
            <source>Payee ID type:</source>
            <translation>Tipo de identificación del beneficiario:</translation>
        </message>
        <message>
            <source>Payee ID number:</source>
            <translation>Número de identificación del beneficiario:</translation>
        </message>
        <message>
            <source>Country of the ID:</source>
            <translation>País de la identificación:</translation>
        </message>
        <message>
            <source>Country code (ISO 3166):</source>
            <translation>Código de país (ISO 3166):</translation>
        </message>
        <message>
            <source>Payee e-mail:</source>
            <translation>Correo electrónico del beneficiario:</translation>
        </message>
        <message>
            <source>Notification address:</source>
            <translation>Dirección de notificación:</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Código postal:</translation>
        </message>
        <message>
            <source>Relationship code:</source>
            <translation>Código de relación:</translation>
        </message>
        <message>
            <source>Adviser:</source>
            <translation>Asesor:</translation>
        </message>
        <message>
            <source>Nothing was sent. Please correct: %1</source>
            <translation>No se envió nada. Corrija: %1</translation>
        </message>
        <message>
            <source>The payee was not registered.</source>
            <translation>No se registró el beneficiario de pagos.</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
        <message>
            <source>%1 is now a payee of the customer.</source>
            <translation>%1 ahora es beneficiario de pagos del cliente.</translation>
        </message>
    </context>
    <context>
        <name>CustomerReceipt</name>
        <message>
            <source>Customer and account opening receipt</source>
            <translation>Comprobante de vinculación del cliente y apertura de cuenta</translation>
        </message>
        <message>
            <source>TRAINING — NOT A VALID BANK DOCUMENT</source>
            <translation>CAPACITACIÓN — NO ES UN DOCUMENTO VÁLIDO DEL BANCO</translation>
        </message>
        <message>
            <source>Customer and savings account opening</source>
            <translation>Vinculación del cliente y apertura de cuenta de ahorros</translation>
        </message>
        <message>
            <source>Branch %1 · Terminal %2 · Adviser %3</source>
            <translation>Oficina %1 · Terminal %2 · Asesor %3</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Identificación</translation>
        </message>
        <message>
            <source>Savings account number</source>
            <translation>Número de cuenta de ahorros</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Número de referencia</translation>
        </message>
        <message>
            <source>GMF (4x1000) status</source>
            <translation>Estado del GMF (4x1000)</translation>
        </message>
        <message>
            <source>GMF bank</source>
            <translation>Banco del GMF</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transacción</translation>
        </message>
        <message>
            <source>The customer declares that the data given are true and authorises the bank to verify them. Keep this receipt: it is the proof of the opening of the account.</source>
            <translation>El cliente declara que los datos suministrados son verdaderos y autoriza al banco para verificarlos. Conserve este comprobante: es la constancia de la apertura de la cuenta.</translation>
        </message>
        <message>
            <source>Customer's signature</source>
            <translation>Firma del cliente</translation>
        </message>
        <message>
            <source>Adviser's signature and stamp</source>
            <translation>Firma y sello del asesor</translation>
        </message>
    </context>
    <context>
        <name>CustomersApi</name>
        <message>
            <source>Unknown identification type.</source>
            <translation>Tipo de identificación desconocido.</translation>
        </message>
        <message>
            <source>The identification number must have 1 to 20 characters.</source>
            <translation>El número de identificación debe tener de 1 a 20 caracteres.</translation>
        </message>
        <message>
            <source>The action must be I or T.</source>
            <translation>La acción debe ser I o T.</translation>
        </message>
        <message>
            <source>The condition must be 1, 2 or 3.</source>
            <translation>La condición debe ser 1, 2 o 3.</translation>
        </message>
    </context>
    <context>
        <name>DigitalBankIntakeForm</name>
        <message>
            <source>Digital bank intake</source>
            <translation>Sincronización banco digital</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>&amp;One person</source>
            <translation>&amp;Una persona</translation>
        </message>
        <message>
            <source>Fro&amp;m file</source>
            <translation>Desde ar&amp;chivo</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>Review and &amp;send…</source>
            <translation>Re&amp;visar y enviar…</translation>
        </message>
        <message>
            <source>Review and send</source>
            <translation>Revisar y enviar</translation>
        </message>
        <message>
            <source>Review before sending</source>
            <translation>Revisar antes de enviar</translation>
        </message>
        <message>
            <source>&amp;Confirm and send</source>
            <translation>C&amp;onfirmar y enviar</translation>
        </message>
        <message>
            <source>Confirm and send</source>
            <translation>Confirmar y enviar</translation>
        </message>
        <message>
            <source>Bac&amp;k to edit</source>
            <translation>Volver a &amp;editar</translation>
        </message>
        <message>
            <source>Add at least one product.</source>
            <translation>Agregue al menos un producto.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message numerus="yes">
            <source>Send %1 (%2 %3) with %n product(s) to the digital bank: %4.</source>
            <translation>
                <numerusform>Enviar %1 (%2 %3) con %n producto al banco digital: %4.</numerusform>
                <numerusform>Enviar %1 (%2 %3) con %n productos al banco digital: %4.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending stopped. The digital bank may still have received it: check with it before sending again.</source>
            <translation>Envío detenido. Es posible que el banco digital ya lo haya recibido: consulte con él antes de enviar de nuevo.</translation>
        </message>
        <message>
            <source>Reference for support: Tx %1</source>
            <translation>Referencia para la mesa de ayuda: Tx %1</translation>
        </message>
        <message>
            <source>The digital bank answered: %1.</source>
            <translation>El banco digital respondió: %1.</translation>
        </message>
        <message>
            <source>Reference: Tx %1</source>
            <translation>Referencia: Tx %1</translation>
        </message>
        <message>
            <source>The answer did not arrive: the digital bank may or may not have the entity. Check with it before sending again.</source>
            <translation>No llegó la respuesta: es posible que el banco digital tenga o no la entidad. Consulte con él antes de enviar de nuevo.</translation>
        </message>
        <message>
            <source>The digital bank refused it: %1</source>
            <translation>El banco digital lo rechazó: %1</translation>
        </message>
        <message>
            <source>Sending… Press Esc to cancel.</source>
            <translation>Enviando… Presione Esc para cancelar.</translation>
        </message>
        <message>
            <source>Send a person or legal entity and their products to the digital bank, one at a time or from a file.</source>
            <translation>Envíe una persona natural o jurídica y sus productos al banco digital, uno a la vez o desde un archivo.</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentForm</name>
        <message>
            <source>Enrollment and recovery</source>
            <translation>Enrolamiento y recuperación</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>&amp;Número de identificación:</translation>
        </message>
        <message>
            <source>Register as a new &amp;user</source>
            <translation>Registrarse como usuario nuev&amp;o</translation>
        </message>
        <message>
            <source>Rec&amp;over a forgotten password</source>
            <translation>Rec&amp;uperar una clave olvidada</translation>
        </message>
        <message>
            <source>The customer wants to:</source>
            <translation>El cliente desea:</translation>
        </message>
        <message>
            <source>Enrollment steps</source>
            <translation>Pasos de enrolamiento</translation>
        </message>
        <message>
            <source>&amp;1 · Verify the card</source>
            <translation>&amp;1 · Verificar la tarjeta</translation>
        </message>
        <message>
            <source>&amp;2 · Set the password</source>
            <translation>&amp;2 · Definir la clave</translation>
        </message>
        <message>
            <source>&amp;Digital enrollment</source>
            <translation>Enrolamiento &amp;digital</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>Stop waiting for the bank (Esc)</source>
            <translation>Dejar de esperar al banco (Esc)</translation>
        </message>
        <message>
            <source>Digital enrollment registers the customer for the bank's digital channels. Check first whether they are enrolled already.</source>
            <translation>El enrolamiento digital registra al cliente en los canales digitales del banco. Verifique primero si ya está enrolado.</translation>
        </message>
        <message>
            <source>Chec&amp;k enrollment</source>
            <translation>&amp;Verificar enrolamiento</translation>
        </message>
        <message>
            <source>&amp;Enroll the customer</source>
            <translation>&amp;Enrolar al cliente</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The card is verified. The customer can now choose a new password (step 2).</source>
            <translation>La tarjeta está verificada. Ahora el cliente puede elegir una clave nueva (paso 2).</translation>
        </message>
        <message>
            <source>The card is verified. The customer can now choose a password for the new user (step 2).</source>
            <translation>La tarjeta está verificada. Ahora el cliente puede elegir una clave para el usuario nuevo (paso 2).</translation>
        </message>
        <message>
            <source>The password was recovered. The customer can sign in with the new password.</source>
            <translation>Se recuperó la clave. El cliente puede iniciar sesión con la clave nueva.</translation>
        </message>
        <message>
            <source>The user was created. The customer can sign in with the new password.</source>
            <translation>Se creó el usuario. El cliente puede iniciar sesión con la clave nueva.</translation>
        </message>
        <message>
            <source>Not enrolled yet: the customer can be enrolled.</source>
            <translation>Aún no está enrolado: el cliente se puede enrolar.</translation>
        </message>
        <message>
            <source>Enrolled.</source>
            <translation>Enrolado.</translation>
        </message>
        <message>
            <source>The customer is enrolled in the digital channels.</source>
            <translation>El cliente está enrolado en los canales digitales.</translation>
        </message>
        <message>
            <source>Stopped waiting. The bank may or may not have done it: check before trying again.</source>
            <translation>Se dejó de esperar. Es posible que el banco lo haya hecho o no: verifique antes de intentar de nuevo.</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
        <message>
            <source>Enroll a customer in the digital channels or recover their password: verify the card, then set the new password.</source>
            <translation>Enrole al cliente en los canales digitales o recupere su clave: verifique la tarjeta y luego asigne la nueva clave.</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentValidationQuery</name>
        <message>
            <source>Choose credit card (CCA) or debit card (DBC).</source>
            <translation>Elija tarjeta de crédito (CCA) o tarjeta débito (DBC).</translation>
        </message>
        <message>
            <source>The CVV has 3 digits.</source>
            <translation>El CVV tiene 3 dígitos.</translation>
        </message>
        <message>
            <source>The PIN has 4 digits.</source>
            <translation>El PIN tiene 4 dígitos.</translation>
        </message>
        <message>
            <source>Enter the last six digits of the card.</source>
            <translation>Ingrese los últimos seis dígitos de la tarjeta.</translation>
        </message>
    </context>
    <context>
        <name>Environment</name>
        <message>
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <source>Sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <source>QA</source>
            <translation>QA</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Producción</translation>
        </message>
    </context>
    <context>
        <name>EnvironmentBanner</name>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Environment: %1</source>
            <translation>Ambiente: %1</translation>
        </message>
        <message>
            <source>TRAINING</source>
            <translation>CAPACITACIÓN</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>SANDBOX</translation>
        </message>
        <message>
            <source>QA</source>
            <translation>QA</translation>
        </message>
        <message>
            <source>LIVE</source>
            <translation>PRODUCCIÓN</translation>
        </message>
        <message>
            <source>practice data on this workstation; nothing reaches the bank</source>
            <translation>datos de práctica en esta estación de trabajo; nada llega al banco</translation>
        </message>
        <message>
            <source>the bank's sandbox services; test data only</source>
            <translation>servicios Sandbox del banco; solo datos de prueba</translation>
        </message>
        <message>
            <source>the bank's QA services; test data only</source>
            <translation>servicios QA del banco; solo datos de prueba</translation>
        </message>
        <message>
            <source>real customers and real operations</source>
            <translation>clientes reales y operaciones reales</translation>
        </message>
    </context>
    <context>
        <name>EnvironmentSettings</name>
        <message>
            <source>The CA bundle %1 could not be read; connections to %2 will be refused until it is fixed.</source>
            <translation>No se pudo leer el paquete de CA %1; se rechazarán las conexiones a %2 hasta que se corrija.</translation>
        </message>
    </context>
    <context>
        <name>FilterableTable</name>
        <message>
            <source>Filter %1</source>
            <translation>Filtrar %1</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Filtrar…</translation>
        </message>
        <message>
            <source>Select all rows of %1</source>
            <translation>Seleccionar todas las filas de %1</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 de %2 filas</translation>
        </message>
    </context>
    <context>
        <name>GeneralProductsForm</name>
        <message>
            <source>General insurance</source>
            <translation>Seguros generales</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Payment frequency</source>
            <translation>Frecuencia de pago</translation>
        </message>
        <message>
            <source>Sale channel</source>
            <translation>Canal de venta</translation>
        </message>
        <message>
            <source>Insured's birth date</source>
            <translation>Fecha de nacimiento del asegurado</translation>
        </message>
        <message>
            <source>P&amp;roduct:</source>
            <translation>Pr&amp;oducto:</translation>
        </message>
        <message>
            <source>Payment fre&amp;quency:</source>
            <translation>&amp;Frecuencia de pago:</translation>
        </message>
        <message>
            <source>&amp;Sale channel:</source>
            <translation>Ca&amp;nal de venta:</translation>
        </message>
        <message>
            <source>Insured's birth &amp;date:</source>
            <translation>Fec&amp;ha de nacimiento del asegurado:</translation>
        </message>
        <message>
            <source>S&amp;imulate</source>
            <translation>S&amp;imular</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Simulate, then choose a plan.</source>
            <translation>Simule y luego elija un plan.</translation>
        </message>
        <message>
            <source>Plan %1: %2</source>
            <translation>Plan %1: %2</translation>
        </message>
        <message>
            <source>Premium: %1 (frequency %2)</source>
            <translation>Prima: %1 (frecuencia %2)</translation>
        </message>
        <message>
            <source>Insured amount: %1</source>
            <translation>Valor asegurado: %1</translation>
        </message>
        <message>
            <source>  %1: %2, premium %3</source>
            <translation>  %1: %2, prima %3</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Primer nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Primer apellido</translation>
        </message>
        <message>
            <source>Birth date of the insured</source>
            <translation>Fecha de nacimiento del asegurado</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Celular</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>&amp;Quote</source>
            <translation>&amp;Cotizar</translation>
        </message>
        <message>
            <source>Identification &amp;type:</source>
            <translation>&amp;Tipo de identificación:</translation>
        </message>
        <message>
            <source>Identification n&amp;umber:</source>
            <translation>Número &amp;de identificación:</translation>
        </message>
        <message>
            <source>Fi&amp;rst name:</source>
            <translation>Primer &amp;nombre:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Género:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>Co&amp;rreo electrónico:</translation>
        </message>
        <message>
            <source>&amp;Office:</source>
            <translation>&amp;Oficina:</translation>
        </message>
        <message>
            <source>Insured's address</source>
            <translation>Dirección del asegurado</translation>
        </message>
        <message>
            <source>City code of the insured's address</source>
            <translation>Código de ciudad de la dirección del asegurado</translation>
        </message>
        <message>
            <source>&amp;City code:</source>
            <translation>Código de &amp;ciudad:</translation>
        </message>
        <message>
            <source>Last na&amp;me:</source>
            <translation>&amp;Primer apellido:</translation>
        </message>
        <message>
            <source>1 Simulation</source>
            <translation>1 Simulación</translation>
        </message>
        <message>
            <source>2 Quote</source>
            <translation>2 Cotización</translation>
        </message>
        <message>
            <source>3 Issuing</source>
            <translation>3 Expedición</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Paso %1 de %2: %3</translation>
        </message>
        <message>
            <source>Press Esc to cancel.</source>
            <translation>Presione Esc para cancelar.</translation>
        </message>
        <message>
            <source>Issuing was stopped, but the insurer may already have issued the policy. Check with the back office before issuing this quote again.</source>
            <translation>La expedición se detuvo, pero es posible que la aseguradora ya haya expedido la póliza. Verifique con el back office antes de expedir de nuevo esta cotización.</translation>
        </message>
        <message>
            <source>Cancelled. Your entries are still here.</source>
            <translation>Cancelado. Sus datos siguen aquí.</translation>
        </message>
        <message>
            <source>Some entries need attention: see the messages under the fields.</source>
            <translation>Algunos datos requieren atención: vea los mensajes debajo de los campos.</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para soporte: %1</translation>
        </message>
        <message>
            <source>The entries changed: quote again.</source>
            <translation>Los datos cambiaron: cotice de nuevo.</translation>
        </message>
        <message>
            <source>Simulating…</source>
            <translation>Simulando…</translation>
        </message>
        <message>
            <source>The simulation could not be made.</source>
            <translation>No se pudo hacer la simulación.</translation>
        </message>
        <message>
            <source>The insurer offers no plan for these data.</source>
            <translation>La aseguradora no ofrece ningún plan para estos datos.</translation>
        </message>
        <message>
            <source>%1 — premium %2</source>
            <translation>%1 — prima %2</translation>
        </message>
        <message numerus="yes">
            <source>%n plan(s) offered: choose one, then continue with Next.</source>
            <translation>
                <numerusform>%n plan ofrecido: elíjalo y continúe con Siguiente.</numerusform>
                <numerusform>%n planes ofrecidos: elija uno y continúe con Siguiente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quoting…</source>
            <translation>Cotizando…</translation>
        </message>
        <message>
            <source>The quote could not be made.</source>
            <translation>No se pudo hacer la cotización.</translation>
        </message>
        <message>
            <source>Quote code: %1
Net premium: %2
Taxes and charges: %3
Premium: %4</source>
            <translation>Código de cotización: %1
Prima neta: %2
Impuestos y cargos: %3
Prima: %4</translation>
        </message>
        <message>
            <source>Quote %1 ready. Continue with Next to issue the policy.</source>
            <translation>Cotización %1 lista. Continúe con Siguiente para expedir la póliza.</translation>
        </message>
        <message>
            <source>Issue the policy?</source>
            <translation>¿Expedir la póliza?</translation>
        </message>
        <message>
            <source>Issue the %1 policy for %2 with quote %3, premium %4?

The policy is created at the insurer and the premium will be charged; this cannot be undone here.</source>
            <translation>¿Expedir la póliza %1 para %2 con la cotización %3, prima %4?

La póliza se crea en la aseguradora y se cobrará la prima; esto no se puede deshacer aquí.</translation>
        </message>
        <message>
            <source>&amp;Issue policy</source>
            <translation>&amp;Expedir póliza</translation>
        </message>
        <message>
            <source>&amp;Not yet</source>
            <translation>&amp;Todavía no</translation>
        </message>
        <message>
            <source>Not issued. Nothing was sent to the insurer.</source>
            <translation>No se expidió. No se envió nada a la aseguradora.</translation>
        </message>
        <message>
            <source>Issuing the policy…</source>
            <translation>Expidiendo la póliza…</translation>
        </message>
        <message>
            <source>No clear answer came back from issuing. The insurer may have issued the policy: check with the back office before issuing this quote again.</source>
            <translation>La expedición no devolvió una respuesta clara. Es posible que la aseguradora haya expedido la póliza: verifique con el back office antes de expedir de nuevo esta cotización.</translation>
        </message>
        <message>
            <source>The insurer does not know this quote; go back and quote again.</source>
            <translation>La aseguradora no reconoce esta cotización; regrese y cotice de nuevo.</translation>
        </message>
        <message>
            <source>The policy was not issued.</source>
            <translation>La póliza no se expidió.</translation>
        </message>
        <message>
            <source>Policy number: %1
Certificate: %2
Valid from %3 to %4
Premium: %5
Taxes: %6</source>
            <translation>Número de póliza: %1
Certificado: %2
Vigente del %3 al %4
Prima: %5
Impuestos: %6</translation>
        </message>
        <message>
            <source>Policy %1 issued (certificate %2).</source>
            <translation>Póliza %1 expedida (certificado %2).</translation>
        </message>
        <message>
            <source>Chos&amp;en plan:</source>
            <translation>Plan ele&amp;gido:</translation>
        </message>
        <message>
            <source>Birth &amp;date:</source>
            <translation>&amp;Fecha de nacimiento:</translation>
        </message>
        <message>
            <source>Mobile &amp;phone:</source>
            <translation>C&amp;elular:</translation>
        </message>
        <message>
            <source>&amp;Issue policy…</source>
            <translation>E&amp;xpedir póliza…</translation>
        </message>
        <message>
            <source>Addr&amp;ess:</source>
            <translation>Dir&amp;ección:</translation>
        </message>
        <message>
            <source>Simulate, quote and issue a general policy (life, card protection or home), step by step.</source>
            <translation>Simule, cotice y expida una póliza general (vida, protección de tarjetas u hogar), paso a paso.</translation>
        </message>
    </context>
    <context>
        <name>HoldsSummaryView</name>
        <message>
            <source>Channel h&amp;olds:</source>
            <translation>Blo&amp;queos de canal:</translation>
        </message>
        <message>
            <source>No channel holds on file: every channel is open.</source>
            <translation>No hay bloqueos de canal registrados: todos los canales están abiertos.</translation>
        </message>
        <message>
            <source>%1 holds on file, %2 of the first %3 locked. See Channel holds for all of them.</source>
            <translation>%1 bloqueos registrados, %2 de los primeros %3 bloqueados. Consulte Bloqueos de canal para verlos todos.</translation>
        </message>
        <message>
            <source>%1 holds on file, %2 locked.</source>
            <translation>%1 bloqueos registrados, %2 bloqueados.</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Bloqueos</translation>
        </message>
    </context>
    <context>
        <name>HomeRiskPart</name>
        <message>
            <source>Insured home</source>
            <translation>Vivienda asegurada</translation>
        </message>
        <message>
            <source>Insured capital of the home</source>
            <translation>Capital asegurado de la vivienda</translation>
        </message>
        <message>
            <source>Capitalization account code</source>
            <translation>Código de cuenta de capitalización</translation>
        </message>
        <message>
            <source>Capitalization amount code</source>
            <translation>Código de monto de capitalización</translation>
        </message>
        <message>
            <source>Percentage of the capital insured</source>
            <translation>Porcentaje del capital asegurado</translation>
        </message>
        <message>
            <source>Address of the insured home</source>
            <translation>Dirección de la vivienda asegurada</translation>
        </message>
        <message>
            <source>Floor of the insured home</source>
            <translation>Piso de la vivienda asegurada</translation>
        </message>
        <message>
            <source>Department code of the insured home</source>
            <translation>Código de departamento de la vivienda asegurada</translation>
        </message>
        <message>
            <source>City code of the insured home</source>
            <translation>Código de ciudad de la vivienda asegurada</translation>
        </message>
        <message>
            <source>Municipality code of the insured home</source>
            <translation>Código de municipio de la vivienda asegurada</translation>
        </message>
        <message>
            <source>Postal code of the insured home</source>
            <translation>Código postal de la vivienda asegurada</translation>
        </message>
        <message>
            <source>Area type code</source>
            <translation>Código de tipo de zona</translation>
        </message>
        <message>
            <source>Social class (estrato) code</source>
            <translation>Código de estrato socioeconómico</translation>
        </message>
        <message>
            <source>Use type code</source>
            <translation>Código de tipo de uso</translation>
        </message>
        <message>
            <source>Building type code</source>
            <translation>Código de tipo de construcción</translation>
        </message>
        <message>
            <source>Year the building was built</source>
            <translation>Año de construcción del edificio</translation>
        </message>
        <message>
            <source>Number of floors of the building</source>
            <translation>Número de pisos del edificio</translation>
        </message>
        <message>
            <source>Description of the building</source>
            <translation>Descripción del edificio</translation>
        </message>
        <message>
            <source>Housing type code</source>
            <translation>Código de tipo de vivienda</translation>
        </message>
        <message>
            <source>account</source>
            <translation>cuenta</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>monto</translation>
        </message>
        <message>
            <source>Insured &amp;capital and %:</source>
            <translation>Ca&amp;pital asegurado y %:</translation>
        </message>
        <message>
            <source>Capitalization codes:</source>
            <translation>Códigos de capitalización:</translation>
        </message>
        <message>
            <source>Ho&amp;me address:</source>
            <translation>Di&amp;rección de la vivienda:</translation>
        </message>
        <message>
            <source>Floor:</source>
            <translation>Piso:</translation>
        </message>
        <message>
            <source>Department code:</source>
            <translation>Código de departamento:</translation>
        </message>
        <message>
            <source>H&amp;ome city code:</source>
            <translation>&amp;Código de ciudad de la vivienda:</translation>
        </message>
        <message>
            <source>Munici&amp;pality (neighborhood) code:</source>
            <translation>Código de &amp;municipio (barrio):</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Código postal:</translation>
        </message>
        <message>
            <source>Area t&amp;ype:</source>
            <translation>Tipo de &amp;zona:</translation>
        </message>
        <message>
            <source>Social class (es&amp;trato):</source>
            <translation>&amp;Estrato socioeconómico:</translation>
        </message>
        <message>
            <source>&amp;Use type:</source>
            <translation>Tipo &amp;de uso:</translation>
        </message>
        <message>
            <source>Building type:</source>
            <translation>Tipo de construcción:</translation>
        </message>
        <message>
            <source>Housin&amp;g type:</source>
            <translation>&amp;Tipo de vivienda:</translation>
        </message>
        <message>
            <source>Year built:</source>
            <translation>Año de construcción:</translation>
        </message>
        <message>
            <source>Floors:</source>
            <translation>Pisos:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Descripción:</translation>
        </message>
    </context>
    <context>
        <name>IdentificationTypes</name>
        <message>
            <source>Citizenship card</source>
            <translation>Cédula de ciudadanía</translation>
        </message>
        <message>
            <source>Foreigner ID card</source>
            <translation>Cédula de extranjería</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Pasaporte</translation>
        </message>
        <message>
            <source>Identity card (minor)</source>
            <translation>Tarjeta de identidad</translation>
        </message>
        <message>
            <source>NIT (tax ID)</source>
            <translation>NIT</translation>
        </message>
        <message>
            <source>Special stay permit</source>
            <translation>Permiso especial de permanencia</translation>
        </message>
    </context>
    <context>
        <name>InsuranceCase</name>
        <message>
            <source>Enter the sending domain (up to 15 characters).</source>
            <translation>Ingrese el dominio de envío (hasta 15 caracteres).</translation>
        </message>
        <message>
            <source>Enter the user (up to 10 characters).</source>
            <translation>Ingrese el usuario (hasta 10 caracteres).</translation>
        </message>
        <message>
            <source>Add the credit request of the case.</source>
            <translation>Agregue la solicitud de crédito del caso.</translation>
        </message>
        <message>
            <source>Enter the approved amount.</source>
            <translation>Ingrese el valor aprobado.</translation>
        </message>
        <message>
            <source>Enter the city code (up to 5 characters).</source>
            <translation>Ingrese el código de ciudad (hasta 5 caracteres).</translation>
        </message>
        <message>
            <source>Enter the request number.</source>
            <translation>Ingrese el número de solicitud.</translation>
        </message>
        <message>
            <source>Enter the branch (up to 5 characters).</source>
            <translation>Ingrese la oficina (hasta 5 caracteres).</translation>
        </message>
        <message>
            <source>Enter the product type (e.g. 3701, 3703, 34VD).</source>
            <translation>Ingrese el tipo de producto (p. ej. 3701, 3703, 34VD).</translation>
        </message>
        <message>
            <source>Add at least one applicant.</source>
            <translation>Agregue al menos un solicitante.</translation>
        </message>
        <message>
            <source>Enter the applicant's first name and last name.</source>
            <translation>Ingrese el nombre y el apellido del solicitante.</translation>
        </message>
        <message>
            <source>Choose the applicant's identification type.</source>
            <translation>Elija el tipo de identificación del solicitante.</translation>
        </message>
        <message>
            <source>Enter the applicant's identification number.</source>
            <translation>Ingrese el número de identificación del solicitante.</translation>
        </message>
        <message>
            <source>Enter the applicant's birth date.</source>
            <translation>Ingrese la fecha de nacimiento del solicitante.</translation>
        </message>
        <message>
            <source>Answer the insurability statement.</source>
            <translation>Responda la declaración de asegurabilidad.</translation>
        </message>
    </context>
    <context>
        <name>InsuranceCaseForm</name>
        <message>
            <source>Insurance cases</source>
            <translation>Casos de asegurabilidad</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>Cases and status</source>
            <translation>Casos y estado</translation>
        </message>
        <message>
            <source>Customer payee</source>
            <translation>Beneficiario de pagos del cliente</translation>
        </message>
        <message>
            <source>Open an insurability case (medical exams)</source>
            <translation>Abrir un caso de asegurabilidad (exámenes médicos)</translation>
        </message>
        <message>
            <source>Credit request number</source>
            <translation>Número de solicitud de crédito</translation>
        </message>
        <message>
            <source>Approved amount</source>
            <translation>Monto aprobado</translation>
        </message>
        <message>
            <source>City of the request</source>
            <translation>Ciudad de la solicitud</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>Tipo de producto</translation>
        </message>
        <message>
            <source>3701 — Individual life</source>
            <translation>3701 — Vida individual</translation>
        </message>
        <message>
            <source>3703 — Individual debtor</source>
            <translation>3703 — Deudor individual</translation>
        </message>
        <message>
            <source>34VD — Collective debtor</source>
            <translation>34VD — Deudor colectivo</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Cartera</translation>
        </message>
        <message>
            <source>1 — Individual</source>
            <translation>1 — Individual</translation>
        </message>
        <message>
            <source>2 — Collective</source>
            <translation>2 — Colectiva</translation>
        </message>
        <message>
            <source>Applicant identification type</source>
            <translation>Tipo de identificación del solicitante</translation>
        </message>
        <message>
            <source>Applicant identification number</source>
            <translation>Número de identificación del solicitante</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Primer nombre</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Segundo nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Primer apellido</translation>
        </message>
        <message>
            <source>Second last name</source>
            <translation>Segundo apellido</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Plan requested</source>
            <translation>Plan solicitado</translation>
        </message>
        <message>
            <source>Cellphone</source>
            <translation>Celular</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Home address</source>
            <translation>Dirección de residencia</translation>
        </message>
        <message>
            <source>Home city</source>
            <translation>Ciudad de residencia</translation>
        </message>
        <message>
            <source>Home phone</source>
            <translation>Teléfono de residencia</translation>
        </message>
        <message>
            <source>Work address</source>
            <translation>Dirección del trabajo</translation>
        </message>
        <message>
            <source>Work city</source>
            <translation>Ciudad del trabajo</translation>
        </message>
        <message>
            <source>Work phone</source>
            <translation>Teléfono del trabajo</translation>
        </message>
        <message>
            <source>Occupation code</source>
            <translation>Código de ocupación</translation>
        </message>
        <message>
            <source>Insurability statement answers</source>
            <translation>Respuestas de la declaración de asegurabilidad</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Answer yes</source>
            <translation>Responde sí</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>C&amp;reate case</source>
            <translation>C&amp;rear caso</translation>
        </message>
        <message>
            <source>Re&amp;quest number:</source>
            <translation>Número de solicit&amp;ud:</translation>
        </message>
        <message>
            <source>Appro&amp;ved amount:</source>
            <translation>Monto apro&amp;bado:</translation>
        </message>
        <message>
            <source>City of the request:</source>
            <translation>Ciudad de la solicitud:</translation>
        </message>
        <message>
            <source>&amp;Branch:</source>
            <translation>O&amp;ficina:</translation>
        </message>
        <message>
            <source>Product t&amp;ype:</source>
            <translation>&amp;Tipo de producto:</translation>
        </message>
        <message>
            <source>Portfolio:</source>
            <translation>Cartera:</translation>
        </message>
        <message>
            <source>Applicant &amp;ID type:</source>
            <translation>Tipo de &amp;identificación del solicitante:</translation>
        </message>
        <message>
            <source>Applicant ID n&amp;umber:</source>
            <translation>&amp;Número de identificación del solicitante:</translation>
        </message>
        <message>
            <source>First nam&amp;e:</source>
            <translation>&amp;Primer nombre:</translation>
        </message>
        <message>
            <source>Middle name:</source>
            <translation>Segundo nombre:</translation>
        </message>
        <message>
            <source>Last na&amp;me:</source>
            <translation>Pri&amp;mer apellido:</translation>
        </message>
        <message>
            <source>Second last name:</source>
            <translation>Segundo apellido:</translation>
        </message>
        <message>
            <source>Birth &amp;date:</source>
            <translation>Fec&amp;ha de nacimiento:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Género:</translation>
        </message>
        <message>
            <source>Plan requested:</source>
            <translation>Plan solicitado:</translation>
        </message>
        <message>
            <source>Cellphone:</source>
            <translation>Celular:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>Correo electrónico:</translation>
        </message>
        <message>
            <source>Home address:</source>
            <translation>Dirección de residencia:</translation>
        </message>
        <message>
            <source>Home city:</source>
            <translation>Ciudad de residencia:</translation>
        </message>
        <message>
            <source>Home phone:</source>
            <translation>Teléfono de residencia:</translation>
        </message>
        <message>
            <source>Work address:</source>
            <translation>Dirección del trabajo:</translation>
        </message>
        <message>
            <source>Work city:</source>
            <translation>Ciudad del trabajo:</translation>
        </message>
        <message>
            <source>Work phone:</source>
            <translation>Teléfono del trabajo:</translation>
        </message>
        <message>
            <source>Occupation code:</source>
            <translation>Código de ocupación:</translation>
        </message>
        <message>
            <source>Insurability statement:</source>
            <translation>Declaración de asegurabilidad:</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Estado del caso</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Número de caso</translation>
        </message>
        <message>
            <source>Credit application number</source>
            <translation>Número de solicitud de crédito</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>Application status</source>
            <translation>Estado de la solicitud</translation>
        </message>
        <message>
            <source>Client status</source>
            <translation>Estado del cliente</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Insurability date</source>
            <translation>Fecha de asegurabilidad</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observación</translation>
        </message>
        <message>
            <source>Assigned plan</source>
            <translation>Plan asignado</translation>
        </message>
        <message>
            <source>E&amp;xtra premium required</source>
            <translation>Requiere e&amp;xtraprima</translation>
        </message>
        <message>
            <source>Extra-premium percentage</source>
            <translation>Porcentaje de extraprima</translation>
        </message>
        <message>
            <source>Coverage exclusions and premium percentages</source>
            <translation>Exclusiones de cobertura y porcentajes de prima</translation>
        </message>
        <message>
            <source>Coverage code</source>
            <translation>Código de cobertura</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Excluida</translation>
        </message>
        <message>
            <source>Premium %</source>
            <translation>% de prima</translation>
        </message>
        <message>
            <source>Add covera&amp;ge</source>
            <translation>A&amp;gregar cobertura</translation>
        </message>
        <message>
            <source>Submi&amp;t status</source>
            <translation>En&amp;viar estado</translation>
        </message>
        <message>
            <source>Status submit: tell the bank's systems the status Visual Time gave the case</source>
            <translation>Envío de estado: informar a los sistemas del banco el estado que Visual Time le dio al caso</translation>
        </message>
        <message>
            <source>Update &amp;case</source>
            <translation>Actualizar &amp;caso</translation>
        </message>
        <message>
            <source>Status update: change the case's information</source>
            <translation>Actualización de estado: cambiar la información del caso</translation>
        </message>
        <message>
            <source>Ca&amp;se number:</source>
            <translation>Núm&amp;ero de caso:</translation>
        </message>
        <message>
            <source>Credit a&amp;pplication:</source>
            <translation>&amp;Solicitud de crédito:</translation>
        </message>
        <message>
            <source>ID type:</source>
            <translation>Tipo de identificación:</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>Número de identificación:</translation>
        </message>
        <message>
            <source>Applicatio&amp;n status:</source>
            <translation>Esta&amp;do de la solicitud:</translation>
        </message>
        <message>
            <source>Client status:</source>
            <translation>Estado del cliente:</translation>
        </message>
        <message>
            <source>Insurability date:</source>
            <translation>Fecha de asegurabilidad:</translation>
        </message>
        <message>
            <source>&amp;Observation:</source>
            <translation>&amp;Observación:</translation>
        </message>
        <message>
            <source>Assigned plan:</source>
            <translation>Plan asignado:</translation>
        </message>
        <message>
            <source>Product type:</source>
            <translation>Tipo de producto:</translation>
        </message>
        <message>
            <source>Coverage exclusions:</source>
            <translation>Exclusiones de cobertura:</translation>
        </message>
        <message>
            <source>Document concept: “%1”</source>
            <translation>Concepto del documento: “%1”</translation>
        </message>
        <message>
            <source>Nothing was sent. Please correct: %1</source>
            <translation>No se envió nada. Corrija: %1</translation>
        </message>
        <message>
            <source>Stopped. The request may already have reached the insurer; check the case before sending it again.</source>
            <translation>Detenido. Es posible que la solicitud ya haya llegado a la aseguradora; revise el caso antes de enviarla de nuevo.</translation>
        </message>
        <message>
            <source>The case was not created.</source>
            <translation>No se creó el caso.</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
        <message>
            <source>Visual Time refused the case: %1 (%2)</source>
            <translation>Visual Time rechazó el caso: %1 (%2)</translation>
        </message>
        <message>
            <source>Case %1 — workflow %2, status %3, task %4, estimated solution %5</source>
            <translation>Caso %1 — flujo de trabajo %2, estado %3, tarea %4, solución estimada %5</translation>
        </message>
        <message>
            <source>Case %1 created.</source>
            <translation>Caso %1 creado.</translation>
        </message>
        <message>
            <source>The status was not submitted.</source>
            <translation>No se envió el estado.</translation>
        </message>
        <message>
            <source>The case was not updated.</source>
            <translation>No se actualizó el caso.</translation>
        </message>
        <message>
            <source>Application %1: status %2 recorded.</source>
            <translation>Solicitud %1: estado %2 registrado.</translation>
        </message>
        <message>
            <source>Status %1 submitted.</source>
            <translation>Estado %1 enviado.</translation>
        </message>
        <message>
            <source>Case updated with status %1.</source>
            <translation>Caso actualizado con el estado %1.</translation>
        </message>
        <message>
            <source>Open an insurability case for medical exams and follow its status, or register a customer as a payee.</source>
            <translation>Abra un caso de asegurabilidad para exámenes médicos y consulte su estado, o registre a un cliente como beneficiario de pagos.</translation>
        </message>
    </context>
    <context>
        <name>IntakeFileCheck</name>
        <message>
            <source>Missing; it must be an object { ... }.</source>
            <translation>Falta; debe ser un objeto { ... }.</translation>
        </message>
        <message>
            <source>Must be an object { ... }.</source>
            <translation>Debe ser un objeto { ... }.</translation>
        </message>
        <message>
            <source>Missing; it must be a list [ ... ].</source>
            <translation>Falta; debe ser una lista [ ... ].</translation>
        </message>
        <message>
            <source>Must be a list [ ... ].</source>
            <translation>Debe ser una lista [ ... ].</translation>
        </message>
        <message>
            <source>Missing; it is required.</source>
            <translation>Falta; es obligatorio.</translation>
        </message>
        <message>
            <source>Must be text in quotes.</source>
            <translation>Debe ser texto entre comillas.</translation>
        </message>
        <message>
            <source>Must not be empty.</source>
            <translation>No debe estar vacío.</translation>
        </message>
        <message>
            <source>Must be true or false (without quotes).</source>
            <translation>Debe ser true o false (sin comillas).</translation>
        </message>
        <message>
            <source>Must be a number (e.g. 734683.16).</source>
            <translation>Debe ser un número (p. ej. 734683.16).</translation>
        </message>
        <message>
            <source>Must not be negative.</source>
            <translation>No debe ser negativo.</translation>
        </message>
        <message>
            <source>Must be a date YYYY-MM-DD or empty.</source>
            <translation>Debe ser una fecha AAAA-MM-DD o estar vacío.</translation>
        </message>
        <message>
            <source>Must be a three-letter currency code (COP).</source>
            <translation>Debe ser un código de moneda de tres letras (COP).</translation>
        </message>
        <message>
            <source>Must be M (masculino), F (femenino) or O (otro).</source>
            <translation>Debe ser M (masculino), F (femenino) u O (otro).</translation>
        </message>
        <message>
            <source>Must be an e-mail address (name@domain.com).</source>
            <translation>Debe ser una dirección de correo electrónico (nombre@dominio.com).</translation>
        </message>
        <message>
            <source>Must be a phone number of 7 to 15 digits.</source>
            <translation>Debe ser un número de teléfono de 7 a 15 dígitos.</translation>
        </message>
        <message>
            <source>Only one address can be the main one.</source>
            <translation>Solo una dirección puede ser la principal.</translation>
        </message>
        <message>
            <source>Unknown account type "%1"; use one of %2.</source>
            <translation>Tipo de cuenta "%1" desconocido; use uno de estos: %2.</translation>
        </message>
        <message>
            <source>Give the account number (depAcctId.acctId) or the card number (cardAcctId.acctId).</source>
            <translation>Indique el número de cuenta (depAcctId.acctId) o el número de tarjeta (cardAcctId.acctId).</translation>
        </message>
        <message>
            <source>Must be the card's last 4 digits, or empty.</source>
            <translation>Deben ser los últimos 4 dígitos de la tarjeta, o quedar vacío.</translation>
        </message>
        <message>
            <source>Must be a rate such as 1 or 12.5.</source>
            <translation>Debe ser una tasa como 1 o 12.5.</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>línea %1, columna %2</translation>
        </message>
        <message>
            <source>(whole file)</source>
            <translation>(todo el archivo)</translation>
        </message>
        <message>
            <source>Must be the document type (CC, CE, PA, TI, NI, PE) followed by the number, e.g. CC123456789.</source>
            <translation>Debe ser el tipo de documento (CC, CE, PA, TI, NI, PE) seguido del número, p. ej. CC123456789.</translation>
        </message>
        <message>
            <source>Must hold the person or legal entity.</source>
            <translation>Debe contener la persona natural o jurídica.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB.</source>
            <translation>El archivo supera los %1 MB.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>Not valid JSON: %1.</source>
            <translation>No es un JSON válido: %1.</translation>
        </message>
        <message>
            <source>The file must hold one object { ... } of the Sync Data shape.</source>
            <translation>El archivo debe contener un solo objeto { ... } con la estructura de Sync Data.</translation>
        </message>
    </context>
    <context>
        <name>IntakeFileTab</name>
        <message>
            <source>Send a JSON file of the Sync Data shape (one person or legal entity and their products). The file is checked here first; nothing is sent while it has problems.</source>
            <translation>Envíe un archivo JSON con la estructura de Sync Data (una persona natural o jurídica y sus productos). Primero se verifica el archivo aquí; no se envía nada mientras tenga problemas.</translation>
        </message>
        <message>
            <source>Intake file path</source>
            <translation>Ruta del archivo de sincronización</translation>
        </message>
        <message>
            <source>type a path or choose a file</source>
            <translation>escriba una ruta o elija un archivo</translation>
        </message>
        <message>
            <source>Fil&amp;e:</source>
            <translation>A&amp;rchivo:</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>Ele&amp;gir…</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Elegir un archivo</translation>
        </message>
        <message>
            <source>Chec&amp;k file</source>
            <translation>&amp;Verificar archivo</translation>
        </message>
        <message>
            <source>Check file</source>
            <translation>Verificar archivo</translation>
        </message>
        <message>
            <source>&amp;Send file</source>
            <translation>&amp;Enviar archivo</translation>
        </message>
        <message>
            <source>Send file to the digital bank</source>
            <translation>Enviar el archivo al banco digital</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problemas en el archivo</translation>
        </message>
        <message>
            <source>Place in the file</source>
            <translation>Ubicación en el archivo</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Choose an intake file</source>
            <translation>Elegir un archivo de sincronización</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose a file or type its path.</source>
            <translation>Elija un archivo o escriba su ruta.</translation>
        </message>
        <message>
            <source>There is no file at this path.</source>
            <translation>No hay ningún archivo en esta ruta.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB.</source>
            <translation>El archivo supera los %1 MB.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>No se puede leer el archivo: %1</translation>
        </message>
        <message numerus="yes">
            <source>The file is ready to send: %1, %n product(s), %2 kB.</source>
            <translation>
                <numerusform>El archivo está listo para enviar: %1, %n producto, %2 kB.</numerusform>
                <numerusform>El archivo está listo para enviar: %1, %n productos, %2 kB.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problem(s); fix them and check again. Nothing was sent.</source>
            <translation>
                <numerusform>El archivo tiene %n problema; corríjalo y verifique de nuevo. No se envió nada.</numerusform>
                <numerusform>El archivo tiene %n problemas; corríjalos y verifique de nuevo. No se envió nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending stopped. The digital bank may still have received the file: check with it before sending the file again.</source>
            <translation>Se detuvo el envío. Es posible que el banco digital sí haya recibido el archivo: verifíquelo con el banco digital antes de volver a enviar el archivo.</translation>
        </message>
        <message>
            <source>Reference for support: Tx %1</source>
            <translation>Referencia para la mesa de ayuda: Tx %1</translation>
        </message>
        <message>
            <source>The digital bank answered: %1.</source>
            <translation>El banco digital respondió: %1.</translation>
        </message>
        <message>
            <source>Reference: Tx %1</source>
            <translation>Referencia: Tx %1</translation>
        </message>
        <message>
            <source>Sent. %1</source>
            <translation>Enviado. %1</translation>
        </message>
        <message>
            <source>The answer did not arrive: the digital bank may or may not have the file. Check with it before sending the file again.</source>
            <translation>No llegó la respuesta: es posible que el banco digital tenga o no el archivo. Verifíquelo con el banco digital antes de volver a enviar el archivo.</translation>
        </message>
        <message>
            <source>The digital bank refused the file: %1</source>
            <translation>El banco digital rechazó el archivo: %1</translation>
        </message>
        <message>
            <source>Sending… Press Esc to cancel.</source>
            <translation>Enviando… Presione Esc para cancelar.</translation>
        </message>
    </context>
    <context>
        <name>IntakePersonEditor</name>
        <message>
            <source>Person or legal entity</source>
            <translation>Persona natural o jurídica</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Identification t&amp;ype:</source>
            <translation>Tipo de identi&amp;ficación:</translation>
        </message>
        <message>
            <source>I&amp;dentification number:</source>
            <translation>Número &amp;de identificación:</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>Firs&amp;t name:</source>
            <translation>Primer &amp;nombre:</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Primer nombre</translation>
        </message>
        <message>
            <source>Full &amp;name or company name:</source>
            <translation>Nom&amp;bre completo o razón social:</translation>
        </message>
        <message>
            <source>Full name or company name</source>
            <translation>Nombre completo o razón social</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
        <message>
            <source>Title prefix</source>
            <translation>Prefijo del título</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>(not given, legal entity)</source>
            <translation>(sin indicar, persona jurídica)</translation>
        </message>
        <message>
            <source>M — Masculino</source>
            <translation>M — Masculino</translation>
        </message>
        <message>
            <source>F — Femenino</source>
            <translation>F — Femenino</translation>
        </message>
        <message>
            <source>O — Otro</source>
            <translation>O — Otro</translation>
        </message>
        <message>
            <source>G&amp;ender:</source>
            <translation>&amp;Género:</translation>
        </message>
        <message>
            <source>&amp;Birth date:</source>
            <translation>Fec&amp;ha de nacimiento:</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/mm/aaaa</translation>
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation>Paí&amp;s:</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Idio&amp;ma:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Reference type:</source>
            <translation>Tipo de referencia:</translation>
        </message>
        <message>
            <source>Reference type</source>
            <translation>Tipo de referencia</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>E-ma&amp;il:</source>
            <translation>Correo elec&amp;trónico:</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Cell&amp;phone:</source>
            <translation>Celula&amp;r:</translation>
        </message>
        <message>
            <source>Cellphone</source>
            <translation>Celular</translation>
        </message>
        <message>
            <source>More e-mails:</source>
            <translation>Más correos electrónicos:</translation>
        </message>
        <message>
            <source>Additional e-mails, separated by commas</source>
            <translation>Correos electrónicos adicionales, separados por comas</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>separados por comas</translation>
        </message>
        <message>
            <source>More phones:</source>
            <translation>Más teléfonos:</translation>
        </message>
        <message>
            <source>Additional phones, separated by commas</source>
            <translation>Teléfonos adicionales, separados por comas</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Direcciones</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>State or province</source>
            <translation>Departamento o provincia</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Add add&amp;ress</source>
            <translation>Agregar d&amp;irección</translation>
        </message>
        <message>
            <source>Remove address</source>
            <translation>Quitar dirección</translation>
        </message>
        <message>
            <source>Write the date as dd/MM/yyyy, or leave it empty.</source>
            <translation>Escriba la fecha como dd/mm/aaaa, o déjela vacía.</translation>
        </message>
        <message>
            <source>The birth date cannot be in the future.</source>
            <translation>La fecha de nacimiento no puede ser futura.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>IntakeProductsEditor</name>
        <message>
            <source>Account type</source>
            <translation>Tipo de cuenta</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>&amp;Add product</source>
            <translation>Agregar &amp;producto</translation>
        </message>
        <message>
            <source>Remo&amp;ve product</source>
            <translation>&amp;Quitar producto</translation>
        </message>
        <message>
            <source>Product %1</source>
            <translation>Producto %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>IntakeProductsTableModel</name>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Account type</source>
            <translation>Tipo de cuenta</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>Número de cuenta</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Número de tarjeta</translation>
        </message>
        <message>
            <source>Card last digits</source>
            <translation>Últimos dígitos de la tarjeta</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>Nombre del producto</translation>
        </message>
        <message>
            <source>Nickname</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>Id externo</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>Tipo de producto</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Bank id</source>
            <translation>Id del banco</translation>
        </message>
        <message>
            <source>Available balance</source>
            <translation>Saldo disponible</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Cupo de crédito</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Inversión</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Tasa de interés</translation>
        </message>
        <message>
            <source>Term unit</source>
            <translation>Unidad de plazo</translation>
        </message>
        <message>
            <source>Minimum payment</source>
            <translation>Pago mínimo</translation>
        </message>
        <message>
            <source>Minimum payment due</source>
            <translation>Pago mínimo exigible</translation>
        </message>
        <message>
            <source>External transfers</source>
            <translation>Transferencias externas</translation>
        </message>
        <message>
            <source>Immediate transfers</source>
            <translation>Transferencias inmediatas</translation>
        </message>
        <message>
            <source>Debits</source>
            <translation>Débitos</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Créditos</translation>
        </message>
    </context>
    <context>
        <name>ItauAccountCode</name>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Banco</translation>
        </message>
        <message>
            <source>Agency (proxy)</source>
            <translation>Agencia (proxy)</translation>
        </message>
        <message>
            <source>Current account (c/c)</source>
            <translation>Cuenta corriente (c/c)</translation>
        </message>
        <message>
            <source>DAC (check digit)</source>
            <translation>DAC (dígito de verificación)</translation>
        </message>
        <message>
            <source>Enter the account code: 18 digits (company 3, bank 3, agency 4, current account 7, DAC 1).</source>
            <translation>Ingrese el código de la cuenta: 18 dígitos (empresa 3, banco 3, agencia 4, cuenta corriente 7, DAC 1).</translation>
        </message>
        <message>
            <source>%1: only digits are allowed ("%2" is not a digit).</source>
            <translation>%1: solo se permiten dígitos ("%2" no es un dígito).</translation>
        </message>
        <message>
            <source>%1: not entered yet (%2 digits).</source>
            <translation>%1: aún no se ha ingresado (%2 dígitos).</translation>
        </message>
        <message>
            <source>%1: %2 of %3 digits entered.</source>
            <translation>%1: se han ingresado %2 de %3 dígitos.</translation>
        </message>
        <message>
            <source>The account code has %1 digits; it must have exactly %2.</source>
            <translation>El código de la cuenta tiene %1 dígitos; debe tener exactamente %2.</translation>
        </message>
    </context>
    <context>
        <name>ItauCredentialsDialog</name>
        <message>
            <source>Itau credentials — %1</source>
            <translation>Credenciales de Itau — %1</translation>
        </message>
        <message>
            <source>Itau credentials</source>
            <translation>Credenciales de Itau</translation>
        </message>
        <message>
            <source>The Itau API Fabric user name, password and API key for the %1 environment. They are kept in this workstation's keyring only; a stored password is never shown again. Saving replaces what is stored.</source>
            <translation>El usuario, la clave y la llave de API de Itau API Fabric para el ambiente %1. Se guardan solo en el llavero de esta estación de trabajo; una clave guardada nunca se vuelve a mostrar. Al guardar, se reemplaza lo que esté guardado.</translation>
        </message>
        <message>
            <source>Itau user name</source>
            <translation>Usuario de Itau</translation>
        </message>
        <message>
            <source>Itau password</source>
            <translation>Clave de Itau</translation>
        </message>
        <message>
            <source>Itau API key</source>
            <translation>Llave de API de Itau</translation>
        </message>
        <message>
            <source>optional (x-itau-apikey)</source>
            <translation>opcional (x-itau-apikey)</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Clave:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>Llave de &amp;API:</translation>
        </message>
        <message>
            <source>Save Itau credentials</source>
            <translation>Guardar credenciales de Itau</translation>
        </message>
        <message>
            <source>Training uses built-in demo credentials (user %1); nothing needs to be stored.</source>
            <translation>Capacitación usa credenciales de demostración integradas (usuario %1); no es necesario guardar nada.</translation>
        </message>
        <message>
            <source>Enter the Itau user name.</source>
            <translation>Ingrese el usuario de Itau.</translation>
        </message>
        <message>
            <source>Enter the Itau password.</source>
            <translation>Ingrese la clave de Itau.</translation>
        </message>
        <message>
            <source>The Itau credentials were not saved. %1</source>
            <translation>No se guardaron las credenciales de Itau. %1</translation>
        </message>
    </context>
    <context>
        <name>ItauCustomer</name>
        <message>
            <source>Individual (%1)</source>
            <translation>Persona natural (%1)</translation>
        </message>
        <message>
            <source>Company (%1)</source>
            <translation>Empresa (%1)</translation>
        </message>
    </context>
    <context>
        <name>ItauCustomerApi</name>
        <message>
            <source>No keyring is available to this window; nothing was sent.</source>
            <translation>No hay ningún llavero disponible para esta ventana; no se envió nada.</translation>
        </message>
        <message>
            <source>No Itau user name and password are stored for %1.</source>
            <translation>No hay usuario ni clave de Itau guardados para %1.</translation>
        </message>
        <message>
            <source>Enter both the Itau user name and password; nothing was stored.</source>
            <translation>Ingrese el usuario y la clave de Itau; no se guardó nada.</translation>
        </message>
        <message>
            <source>No keyring is available to this window; nothing was stored.</source>
            <translation>No hay ningún llavero disponible para esta ventana; no se guardó nada.</translation>
        </message>
        <message>
            <source>The Itau user name and password are required.</source>
            <translation>El usuario y la clave de Itau son obligatorios.</translation>
        </message>
        <message>
            <source>The request was not sent: %1</source>
            <translation>No se envió la solicitud: %1</translation>
        </message>
        <message>
            <source>Itau rejected the request as incorrect (400). Check the account code and the optional fields, then search again.</source>
            <translation>Itau rechazó la solicitud por incorrecta (400). Verifique el código de la cuenta y los campos opcionales, y busque de nuevo.</translation>
        </message>
        <message>
            <source>Itau did not authorise this workstation (401). Check the Itau user name, password and API key ("Itau credentials"); if they are right, the contact-centre service may not be contracted or the account may be blocked: call the support desk.</source>
            <translation>Itau no autorizó esta estación de trabajo (401). Verifique el usuario, la clave y la llave de API de Itau ("Credenciales de Itau"); si son correctos, es posible que el servicio de centro de contacto no esté contratado o que la cuenta esté bloqueada: llame a la mesa de ayuda.</translation>
        </message>
        <message>
            <source>Itau found no customer for this account code (404). Check the code and search again.</source>
            <translation>Itau no encontró ningún cliente para este código de cuenta (404). Verifique el código y busque de nuevo.</translation>
        </message>
        <message>
            <source>Itau reported a business failure (500). Check the values sent (account code, structure type, segment, digital service); if they are right, try again later or call the support desk with the reference below.</source>
            <translation>Itau reportó una falla de negocio (500). Verifique los valores enviados (código de cuenta, tipo de estructura, segmento, servicio digital); si son correctos, intente de nuevo más tarde o llame a la mesa de ayuda con la referencia que aparece abajo.</translation>
        </message>
        <message>
            <source>The Itau credentials are not available. %1 Enter them with "Itau credentials" on this page.</source>
            <translation>Las credenciales de Itau no están disponibles. %1 Ingréselas con "Credenciales de Itau" en esta página.</translation>
        </message>
        <message>
            <source>Itau says: "%1".</source>
            <translation>Itau dice: "%1".</translation>
        </message>
    </context>
    <context>
        <name>ItauCustomerQuery</name>
        <message>
            <source>Structure type</source>
            <translation>Tipo de estructura</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Digital service</source>
            <translation>Servicio digital</translation>
        </message>
        <message>
            <source>%1: at most %2 characters.</source>
            <translation>%1: máximo %2 caracteres.</translation>
        </message>
    </context>
    <context>
        <name>ItauCustomerView</name>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <source>Itau client</source>
            <translation>Cliente Itau</translation>
        </message>
        <message>
            <source>Itau client found</source>
            <translation>Cliente Itau encontrado</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Trade name / nickname:</source>
            <translation>Nombre comercial / alias:</translation>
        </message>
        <message>
            <source>Social name:</source>
            <translation>Nombre social:</translation>
        </message>
        <message>
            <source>Client id:</source>
            <translation>Id de cliente:</translation>
        </message>
        <message>
            <source>CPF/CNPJ:</source>
            <translation>CPF/CNPJ:</translation>
        </message>
        <message>
            <source>Person type:</source>
            <translation>Tipo de persona:</translation>
        </message>
        <message>
            <source>Birth / foundation date:</source>
            <translation>Fecha de nacimiento / constitución:</translation>
        </message>
        <message>
            <source>Identification:</source>
            <translation>Identificación:</translation>
        </message>
        <message>
            <source>Agency / account:</source>
            <translation>Agencia / cuenta:</translation>
        </message>
        <message>
            <source>Account opened:</source>
            <translation>Apertura de la cuenta:</translation>
        </message>
        <message>
            <source>E-mails:</source>
            <translation>Correos electrónicos:</translation>
        </message>
        <message>
            <source>Phones:</source>
            <translation>Teléfonos:</translation>
        </message>
        <message>
            <source>Relationship managers</source>
            <translation>Gerentes de relación</translation>
        </message>
        <message>
            <source>Select all managers</source>
            <translation>Seleccionar todos los gerentes</translation>
        </message>
        <message>
            <source>Relationship &amp;managers:</source>
            <translation>Gere&amp;ntes de relación:</translation>
        </message>
        <message>
            <source>Birth date:</source>
            <translation>Fecha de nacimiento:</translation>
        </message>
        <message>
            <source>Foundation date:</source>
            <translation>Fecha de constitución:</translation>
        </message>
        <message>
            <source>Agency %1 · account %2</source>
            <translation>Agencia %1 · cuenta %2</translation>
        </message>
        <message>
            <source>%1 (main)</source>
            <translation>%1 (principal)</translation>
        </message>
        <message>
            <source>No relationship manager on file.</source>
            <translation>No hay gerentes de relación registrados.</translation>
        </message>
    </context>
    <context>
        <name>ItauManagersTableModel</name>
        <message>
            <source>main</source>
            <translation>principal</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>celular</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>RACF</source>
            <translation>RACF</translation>
        </message>
        <message>
            <source>Functional</source>
            <translation>Funcional</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Cartera</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Digital service</source>
            <translation>Servicio digital</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Estructura</translation>
        </message>
        <message>
            <source>Queue (AGD/AGF)</source>
            <translation>Cola (AGD/AGF)</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Teléfonos</translation>
        </message>
    </context>
    <context>
        <name>ItauPhone</name>
        <message>
            <source>ext. %1</source>
            <translation>ext. %1</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>No file was given for the operation journal.</source>
            <translation>No se indicó ningún archivo para la bitácora de operaciones.</translation>
        </message>
        <message>
            <source>The operation journal cannot be written: Qt's SQLite driver is not installed. Ask IT to install it (package libqt6sql6-sqlite).</source>
            <translation>No se puede escribir en la bitácora de operaciones: el controlador SQLite de Qt no está instalado. Pida al área de TI que lo instale (paquete libqt6sql6-sqlite).</translation>
        </message>
        <message>
            <source>The operation journal cannot be written: the folder %1 could not be created. Check that it is writable or ask IT.</source>
            <translation>No se puede escribir en la bitácora de operaciones: no se pudo crear la carpeta %1. Verifique que permita escritura o consulte con el área de TI.</translation>
        </message>
        <message>
            <source>The operation journal cannot be written: the file %1 could not be created (%2). Check that the folder is writable or ask IT.</source>
            <translation>No se puede escribir en la bitácora de operaciones: no se pudo crear el archivo %1 (%2). Verifique que la carpeta permita escritura o consulte con el área de TI.</translation>
        </message>
        <message>
            <source>The operation journal %1 belongs to another user or cannot be protected (%2). Ask IT.</source>
            <translation>La bitácora de operaciones %1 pertenece a otro usuario o no se puede proteger (%2). Consulte con el área de TI.</translation>
        </message>
        <message>
            <source>unknown SQLite error</source>
            <translation>error de SQLite desconocido</translation>
        </message>
        <message>
            <source>The operation journal %1 could not be opened: %2. If the file is damaged, ask IT to move it aside.</source>
            <translation>No se pudo abrir la bitácora de operaciones %1: %2. Si el archivo está dañado, pida al área de TI que lo mueva a otra ubicación.</translation>
        </message>
        <message>
            <source>The operation journal is not open.</source>
            <translation>La bitácora de operaciones no está abierta.</translation>
        </message>
        <message>
            <source>The operation journal is busy or read-only: %1</source>
            <translation>La bitácora de operaciones está ocupada o es de solo lectura: %1</translation>
        </message>
        <message>
            <source>The operation could not be written to the journal: %1</source>
            <translation>No se pudo registrar la operación en la bitácora: %1</translation>
        </message>
        <message>
            <source>The operation journal was altered: rows were edited or deleted.</source>
            <translation>La bitácora de operaciones fue alterada: se editaron o eliminaron registros.</translation>
        </message>
    </context>
    <context>
        <name>JournalTableModel</name>
        <message>
            <source>This row passed the integrity check.</source>
            <translation>Esta fila pasó la verificación de integridad.</translation>
        </message>
        <message>
            <source>This row has not been checked yet.</source>
            <translation>Esta fila aún no se ha verificado.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Integrity</source>
            <translation>Integridad</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Ambiente</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operación</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Bank error</source>
            <translation>Error del banco</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identidad</translation>
        </message>
        <message>
            <source>This row was changed after it was written.</source>
            <translation>Esta fila se modificó después de escribirse.</translation>
        </message>
        <message>
            <source>Row %1, right before it, was deleted.</source>
            <translation>La fila %1, justo antes de esta, fue eliminada.</translation>
        </message>
        <message>
            <source>Rows %1 to %2, right before it, were deleted.</source>
            <translation>Las filas %1 a %2, justo antes de esta, fueron eliminadas.</translation>
        </message>
        <message>
            <source>The row before it was changed or replaced.</source>
            <translation>La fila anterior fue modificada o reemplazada.</translation>
        </message>
        <message>
            <source>It is not the row this workstation wrote last: the journal was rewritten up to here.</source>
            <translation>No es la última fila que escribió esta estación de trabajo: la bitácora fue reescrita hasta aquí.</translation>
        </message>
        <message>
            <source>Failed verification. %1</source>
            <translation>No pasó la verificación. %1</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Sin verificar aún</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificada</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FALLIDA</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <source>Network error</source>
            <translation>Error de red</translation>
        </message>
        <message>
            <source>Timed out</source>
            <translation>Tiempo de espera agotado</translation>
        </message>
        <message>
            <source>Secure connection failed</source>
            <translation>Falló la conexión segura</translation>
        </message>
        <message>
            <source>Not signed in to the bank</source>
            <translation>Sin sesión iniciada en el banco</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>No permitido</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>No encontrado</translation>
        </message>
        <message>
            <source>Rejected as invalid</source>
            <translation>Rechazado por no válido</translation>
        </message>
        <message>
            <source>Refused by the bank</source>
            <translation>Rechazado por el banco</translation>
        </message>
        <message>
            <source>Bank server error</source>
            <translation>Error del servidor del banco</translation>
        </message>
        <message>
            <source>Unreadable reply</source>
            <translation>Respuesta ilegible</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Credentials problem</source>
            <translation>Problema de credenciales</translation>
        </message>
        <message>
            <source>Configuration problem</source>
            <translation>Problema de configuración</translation>
        </message>
    </context>
    <context>
        <name>JournalViewerForm</name>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 y %2 más</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 a %2</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Bitácora</translation>
        </message>
        <message>
            <source>Every operation done at this workstation, with its outcome and references. Identity numbers are shown masked.</source>
            <translation>Todas las operaciones realizadas en esta estación de trabajo, con su resultado y sus referencias. Los números de identificación se muestran enmascarados.</translation>
        </message>
        <message>
            <source>Journal integrity</source>
            <translation>Integridad de la bitácora</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtro</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Fecha inicial</translation>
        </message>
        <message>
            <source>First day to show (dd/mm/yyyy)</source>
            <translation>Primer día a mostrar (dd/mm/aaaa)</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Fecha final</translation>
        </message>
        <message>
            <source>Last day to show (dd/mm/yyyy), included</source>
            <translation>Último día a mostrar (dd/mm/aaaa), incluido</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operación</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>&amp;Operation:</source>
            <translation>&amp;Operación:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>Res&amp;ultado:</translation>
        </message>
        <message>
            <source>Ope&amp;rator:</source>
            <translation>Ope&amp;rador:</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>Ap&amp;licar</translation>
        </message>
        <message>
            <source>Apply filter</source>
            <translation>Aplicar filtro</translation>
        </message>
        <message>
            <source>Show the rows that match the filter (Enter)</source>
            <translation>Mostrar las filas que coinciden con el filtro (Enter)</translation>
        </message>
        <message>
            <source>Re&amp;set</source>
            <translation>Res&amp;tablecer</translation>
        </message>
        <message>
            <source>Reset filter</source>
            <translation>Restablecer filtro</translation>
        </message>
        <message>
            <source>Show every row of the journal again</source>
            <translation>Mostrar de nuevo todas las filas de la bitácora</translation>
        </message>
        <message>
            <source>Refresh journal</source>
            <translation>Actualizar bitácora</translation>
        </message>
        <message>
            <source>Read the journal again and check its integrity (F5)</source>
            <translation>Leer de nuevo la bitácora y verificar su integridad (F5)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exportar CSV</translation>
        </message>
        <message>
            <source>Save the rows shown in the table to a CSV file for Excel</source>
            <translation>Guardar las filas que se muestran en la tabla en un archivo CSV para Excel</translation>
        </message>
        <message>
            <source>Journal entries</source>
            <translation>Registros de la bitácora</translation>
        </message>
        <message>
            <source>Select all journal entries</source>
            <translation>Seleccionar todos los registros de la bitácora</translation>
        </message>
        <message>
            <source>Journal &amp;entries:</source>
            <translation>Registros de la &amp;bitácora:</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Details of the selected row</source>
            <translation>Detalles de la fila seleccionada</translation>
        </message>
        <message>
            <source>Select a row to see its details.</source>
            <translation>Seleccione una fila para ver sus detalles.</translation>
        </message>
        <message>
            <source>Row:</source>
            <translation>Fila:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Hora:</translation>
        </message>
        <message>
            <source>Operator:</source>
            <translation>Operador:</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Ambiente:</translation>
        </message>
        <message>
            <source>Operation:</source>
            <translation>Operación:</translation>
        </message>
        <message>
            <source>Transaction ID:</source>
            <translation>ID de transacción:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Resultado:</translation>
        </message>
        <message>
            <source>Bank error code:</source>
            <translation>Código de error del banco:</translation>
        </message>
        <message>
            <source>References:</source>
            <translation>Referencias:</translation>
        </message>
        <message>
            <source>Identity (masked):</source>
            <translation>Identidad (enmascarada):</translation>
        </message>
        <message>
            <source>Integrity:</source>
            <translation>Integridad:</translation>
        </message>
        <message>
            <source>The operation journal is not available, so there is nothing to show.</source>
            <translation>La bitácora de operaciones no está disponible, así que no hay nada que mostrar.</translation>
        </message>
        <message>
            <source>The From date is after the To date. Choose a From date on or before %1.</source>
            <translation>La fecha inicial es posterior a la fecha final. Elija una fecha inicial igual o anterior a %1.</translation>
        </message>
        <message>
            <source>All operations</source>
            <translation>Todas las operaciones</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Todos los resultados</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>All operators</source>
            <translation>Todos los operadores</translation>
        </message>
        <message>
            <source>Showing the newest %1 of %2 matching rows. Narrow the filter to see older ones.</source>
            <translation>Se muestran las %1 filas más recientes de %2 que coinciden. Restrinja el filtro para ver las más antiguas.</translation>
        </message>
        <message>
            <source>No row matches the filter.</source>
            <translation>Ninguna fila coincide con el filtro.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) match the filter.</source>
            <translation>
                <numerusform>%n fila coincide con el filtro.</numerusform>
                <numerusform>%n filas coinciden con el filtro.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking the journal's integrity…</source>
            <translation>Verificando la integridad de la bitácora…</translation>
        </message>
        <message>
            <source>The journal's integrity could not be checked. Call the security team.</source>
            <translation>No se pudo verificar la integridad de la bitácora. Llame al equipo de seguridad.</translation>
        </message>
        <message numerus="yes">
            <source>Journal intact (%n row(s) verified).</source>
            <translation>
                <numerusform>Bitácora íntegra (%n fila verificada).</numerusform>
                <numerusform>Bitácora íntegra (%n filas verificadas).</numerusform>
            </translation>
        </message>
        <message>
            <source>row %1 failed verification</source>
            <translation>la fila %1 no pasó la verificación</translation>
        </message>
        <message>
            <source>rows %1 failed verification</source>
            <translation>las filas %1 no pasaron la verificación</translation>
        </message>
        <message>
            <source>row %1 was deleted</source>
            <translation>la fila %1 fue eliminada</translation>
        </message>
        <message>
            <source>rows %1 were deleted</source>
            <translation>las filas %1 fueron eliminadas</translation>
        </message>
        <message>
            <source>Leave the journal file as it is: the security team needs it unchanged.</source>
            <translation>Deje el archivo de la bitácora tal como está: el equipo de seguridad lo necesita sin cambios.</translation>
        </message>
        <message>
            <source>The rows that failed are marked FAILED in the table (they may be outside the filter). Leave the journal file as it is: the security team needs it unchanged.</source>
            <translation>Las filas que fallaron están marcadas como FALLIDA en la tabla (puede que estén fuera del filtro). Deje el archivo de la bitácora tal como está: el equipo de seguridad lo necesita sin cambios.</translation>
        </message>
        <message>
            <source>The journal was altered: %1 — call the security team.</source>
            <translation>La bitácora fue alterada: %1 — llame al equipo de seguridad.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Not checked yet.</source>
            <translation>Sin verificar aún.</translation>
        </message>
        <message>
            <source>Verified: unchanged since it was written.</source>
            <translation>Verificada: sin cambios desde que se escribió.</translation>
        </message>
        <message>
            <source>Export journal rows</source>
            <translation>Exportar filas de la bitácora</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>The rows could not be exported to %1. Choose another folder, or ask IT.</source>
            <translation>No se pudieron exportar las filas a %1. Elija otra carpeta o consulte con el área de tecnología.</translation>
        </message>
        <message>
            <source>Only the newest %1 of %2 matching rows were exported. Narrow the filter to export the others.</source>
            <translation>Solo se exportaron las %1 filas más recientes de %2 que coinciden. Restrinja el filtro para exportar las demás.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1. Identity numbers are masked.</source>
            <translation>
                <numerusform>%n fila exportada a %1. Los números de identificación están enmascarados.</numerusform>
                <numerusform>%n filas exportadas a %1. Los números de identificación están enmascarados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actuali&amp;zar</translation>
        </message>
    </context>
    <context>
        <name>LifeInsuranceForm</name>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/aaaa</translation>
        </message>
        <message>
            <source>Life insurance</source>
            <translation>Seguro de vida</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Sale channel</source>
            <translation>Canal de venta</translation>
        </message>
        <message>
            <source>Insured's birth date</source>
            <translation>Fecha de nacimiento del asegurado</translation>
        </message>
        <message>
            <source>&amp;Simulate</source>
            <translation>Si&amp;mular</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Producto:</translation>
        </message>
        <message>
            <source>Insured's birth &amp;date:</source>
            <translation>&amp;Fecha de nacimiento del asegurado:</translation>
        </message>
        <message>
            <source>Plans side by side; choose a column</source>
            <translation>Planes lado a lado; elija una columna</translation>
        </message>
        <message>
            <source>Simulate, then choose a plan by clicking its column.</source>
            <translation>Simule y luego elija un plan haciendo clic en su columna.</translation>
        </message>
        <message>
            <source>1. Simulation</source>
            <translation>1. Simulación</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Customer identification type</source>
            <translation>Tipo de identificación del cliente</translation>
        </message>
        <message>
            <source>Customer identification number</source>
            <translation>Número de identificación del cliente</translation>
        </message>
        <message>
            <source>Look &amp;up customer</source>
            <translation>&amp;Buscar cliente</translation>
        </message>
        <message>
            <source>&amp;Identification:</source>
            <translation>&amp;Identificación:</translation>
        </message>
        <message>
            <source>Insured person</source>
            <translation>Persona asegurada</translation>
        </message>
        <message>
            <source>Person type</source>
            <translation>Tipo de persona</translation>
        </message>
        <message>
            <source>Identification type (insurer's code)</source>
            <translation>Tipo de identificación (código de la aseguradora)</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Primer nombre</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Segundo nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Primer apellido</translation>
        </message>
        <message>
            <source>Second last name</source>
            <translation>Segundo apellido</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elija…</translation>
        </message>
        <message>
            <source>Person t&amp;ype:</source>
            <translation>Tipo de persona:</translation>
        </message>
        <message>
            <source>Identification &amp;type:</source>
            <translation>&amp;Tipo de identificación:</translation>
        </message>
        <message>
            <source>Identification nu&amp;mber:</source>
            <translation>Nú&amp;mero de identificación:</translation>
        </message>
        <message>
            <source>Mi&amp;ddle name:</source>
            <translation>Segun&amp;do nombre:</translation>
        </message>
        <message>
            <source>L&amp;ast name:</source>
            <translation>Primer ap&amp;ellido:</translation>
        </message>
        <message>
            <source>Second last name:</source>
            <translation>Segundo apellido:</translation>
        </message>
        <message>
            <source>Birth date:</source>
            <translation>Fecha de nacimiento:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Género:</translation>
        </message>
        <message>
            <source>Contact and sale</source>
            <translation>Contacto y venta</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone type</source>
            <translation>Tipo de teléfono</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Indicativo de país</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>Office (city)</source>
            <translation>Oficina (ciudad)</translation>
        </message>
        <message>
            <source>Payment frequency</source>
            <translation>Periodicidad de pago</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Correo electrónico:</translation>
        </message>
        <message>
            <source>&amp;Office (city):</source>
            <translation>&amp;Oficina (ciudad):</translation>
        </message>
        <message>
            <source>&amp;Payment frequency:</source>
            <translation>&amp;Periodicidad de pago:</translation>
        </message>
        <message>
            <source>&amp;Quote</source>
            <translation>Coti&amp;zar</translation>
        </message>
        <message>
            <source>2. Quote</source>
            <translation>2. Cotización</translation>
        </message>
        <message>
            <source>Insured's address</source>
            <translation>Dirección del asegurado</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>City code</source>
            <translation>Código de ciudad</translation>
        </message>
        <message>
            <source>e.g. 11001</source>
            <translation>p. ej. 11001</translation>
        </message>
        <message>
            <source>Addr&amp;ess:</source>
            <translation>Dir&amp;ección:</translation>
        </message>
        <message>
            <source>&amp;City code:</source>
            <translation>Código de &amp;ciudad:</translation>
        </message>
        <message>
            <source>&amp;Issue policy…</source>
            <translation>E&amp;xpedir póliza…</translation>
        </message>
        <message>
            <source>3. Issuing</source>
            <translation>3. Expedición</translation>
        </message>
        <message>
            <source>&amp;Download certificate</source>
            <translation>&amp;Descargar certificado</translation>
        </message>
        <message>
            <source>4. Certificate</source>
            <translation>4. Certificado</translation>
        </message>
        <message>
            <source>Certificate saved as %1.</source>
            <translation>Certificado guardado como %1.</translation>
        </message>
        <message>
            <source>Certificate sent to the printer.</source>
            <translation>Certificado enviado a la impresora.</translation>
        </message>
        <message>
            <source>1 Simulation</source>
            <translation>1 Simulación</translation>
        </message>
        <message>
            <source>2 Quote</source>
            <translation>2 Cotización</translation>
        </message>
        <message>
            <source>3 Issuing</source>
            <translation>3 Expedición</translation>
        </message>
        <message>
            <source>4 Certificate</source>
            <translation>4 Certificado</translation>
        </message>
        <message>
            <source>Step %1 of 4: %2</source>
            <translation>Paso %1 de 4: %2</translation>
        </message>
        <message>
            <source>Press Esc to cancel.</source>
            <translation>Presione Esc para cancelar.</translation>
        </message>
        <message>
            <source>Issuing</source>
            <translation>Expedición</translation>
        </message>
        <message>
            <source>Issuing was stopped, but the insurer may already have issued the policy. Check with the back office before issuing this quote again.</source>
            <translation>Se detuvo la expedición, pero es posible que la aseguradora ya haya expedido la póliza. Verifique con el back office antes de volver a expedir esta cotización.</translation>
        </message>
        <message>
            <source>Cancelled. Your entries are still here.</source>
            <translation>Cancelado. Los datos que ingresó se conservan.</translation>
        </message>
        <message>
            <source>Some entries need attention: see the messages under the fields.</source>
            <translation>Algunos datos requieren atención: revise los mensajes debajo de los campos.</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para soporte: %1</translation>
        </message>
        <message>
            <source>Simulating…</source>
            <translation>Simulando…</translation>
        </message>
        <message>
            <source>The simulation could not be made.</source>
            <translation>No se pudo realizar la simulación.</translation>
        </message>
        <message>
            <source>The insurer offers no plan for this product and age.</source>
            <translation>La aseguradora no ofrece ningún plan para este producto y esta edad.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Premium per payment</source>
            <translation>Prima por pago</translation>
        </message>
        <message>
            <source>Total insured amount</source>
            <translation>Valor asegurado total</translation>
        </message>
        <message>
            <source>Plan %1</source>
            <translation>Plan %1</translation>
        </message>
        <message>
            <source>%1
premium %2 a year</source>
            <translation>%1
prima de %2 al año</translation>
        </message>
        <message numerus="yes">
            <source>%n plan(s) offered. Choose one by clicking its column.</source>
            <translation>
                <numerusform>Se ofrece %n plan. Elíjalo haciendo clic en su columna.</numerusform>
                <numerusform>Se ofrecen %n planes. Elija uno haciendo clic en su columna.</numerusform>
            </translation>
        </message>
        <message>
            <source>Chosen: %1 (plan %2), %3 per payment.</source>
            <translation>Elegido: %1 (plan %2), %3 por pago.</translation>
        </message>
        <message>
            <source>The inputs changed: simulate again.</source>
            <translation>Los datos cambiaron: simule de nuevo.</translation>
        </message>
        <message>
            <source>Looking up the customer…</source>
            <translation>Consultando el cliente…</translation>
        </message>
        <message>
            <source>The customer could not be looked up.</source>
            <translation>No se pudo consultar el cliente.</translation>
        </message>
        <message>
            <source>Customer %1 found; the insured person's data was filled in.</source>
            <translation>Se encontró el cliente %1; se completaron los datos de la persona asegurada.</translation>
        </message>
        <message>
            <source>Note: the bank has the birth date %1, the simulation used %2.</source>
            <translation>Nota: el banco tiene registrada la fecha de nacimiento %1; la simulación usó %2.</translation>
        </message>
        <message>
            <source>Quoting…</source>
            <translation>Cotizando…</translation>
        </message>
        <message>
            <source>The quote could not be made.</source>
            <translation>No se pudo realizar la cotización.</translation>
        </message>
        <message>
            <source>Quote code: %1
Net premium: %2
Taxes and charges: %3
Premium to pay: %4 (%5)
Bill: %6</source>
            <translation>Código de cotización: %1
Prima neta: %2
Impuestos y cargos: %3
Prima a pagar: %4 (%5)
Factura: %6</translation>
        </message>
        <message>
            <source>Quote %1 is ready. Continue with Next to issue the policy.</source>
            <translation>La cotización %1 está lista. Continúe con Siguiente para expedir la póliza.</translation>
        </message>
        <message>
            <source>The data changed after quoting: quote again.</source>
            <translation>Los datos cambiaron después de cotizar: cotice de nuevo.</translation>
        </message>
        <message>
            <source>Issue the policy?</source>
            <translation>¿Expedir la póliza?</translation>
        </message>
        <message>
            <source>Issue the policy for %1 with quote %2, premium %3?

The policy is created at the insurer and the premium will be charged; this cannot be undone here.</source>
            <translation>¿Expedir la póliza para %1 con la cotización %2, prima %3?

La póliza se crea en la aseguradora y se cobrará la prima; esto no se puede deshacer aquí.</translation>
        </message>
        <message>
            <source>&amp;Issue policy</source>
            <translation>&amp;Expedir póliza</translation>
        </message>
        <message>
            <source>&amp;Not yet</source>
            <translation>&amp;Todavía no</translation>
        </message>
        <message>
            <source>Issuing the policy…</source>
            <translation>Expidiendo la póliza…</translation>
        </message>
        <message>
            <source>No clear answer came back from issuing. The insurer may have issued the policy: check with the back office before issuing this quote again.</source>
            <translation>No se recibió una respuesta clara de la expedición. Es posible que la aseguradora haya expedido la póliza: verifique con el back office antes de volver a expedir esta cotización.</translation>
        </message>
        <message>
            <source>The insurer does not know this quote; go back and quote again.</source>
            <translation>La aseguradora no reconoce esta cotización; regrese y cotice de nuevo.</translation>
        </message>
        <message>
            <source>The policy was not issued.</source>
            <translation>No se expidió la póliza.</translation>
        </message>
        <message>
            <source>Policy number: %1
Certificate: %2
Valid from %3 to %4
Premium: %5
Taxes: %6
Charge: %7</source>
            <translation>Número de póliza: %1
Certificado: %2
Vigente del %3 al %4
Prima: %5
Impuestos: %6
Cobro: %7</translation>
        </message>
        <message>
            <source>Policy %1, certificate %2</source>
            <translation>Póliza %1, certificado %2</translation>
        </message>
        <message>
            <source>Policy %1 issued (certificate %2). Continue with Next for the certificate.</source>
            <translation>Póliza %1 expedida (certificado %2). Continúe con Siguiente para obtener el certificado.</translation>
        </message>
        <message>
            <source>Downloading the certificate…</source>
            <translation>Descargando el certificado…</translation>
        </message>
        <message>
            <source>The certificate could not be downloaded.</source>
            <translation>No se pudo descargar el certificado.</translation>
        </message>
        <message>
            <source>The certificate received is not a readable PDF. Download it again; if it persists, call the support desk.</source>
            <translation>El certificado recibido no es un PDF legible. Descárguelo de nuevo; si el problema persiste, llame a la mesa de ayuda.</translation>
        </message>
        <message>
            <source>Certificate of policy %1 ready: save it or print it.</source>
            <translation>Certificado de la póliza %1 listo: guárdelo o imprímalo.</translation>
        </message>
        <message>
            <source>&amp;Restore draft</source>
            <translation>&amp;Restaurar borrador</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Descartar borrador</translation>
        </message>
        <message>
            <source>A draft of a sale saved earlier is kept, but it can only be opened with the keyring, which is not available now. Unlock the keyring and open Life insurance again.</source>
            <translation>Se conserva un borrador de una venta guardado antes, pero solo se puede abrir con el llavero, que no está disponible ahora. Desbloquee el llavero y abra de nuevo Seguro de vida.</translation>
        </message>
        <message>
            <source>A sale in progress%1 was saved %2 at step %3. Restore it to continue there (card details are not kept: enter them again).</source>
            <translation>Una venta en curso%1 se guardó el %2 en el paso %3. Restáurela para continuar allí (los datos de la tarjeta no se conservan: ingréselos de nuevo).</translation>
        </message>
        <message>
            <source> for %1</source>
            <translation> para %1</translation>
        </message>
        <message>
            <source>Its policy was already issued: restoring leads to the certificate.</source>
            <translation>La póliza ya se expidió: al restaurar, irá al certificado.</translation>
        </message>
        <message>
            <source>Draft restored: policy %1 was issued; continue with Next for the certificate.</source>
            <translation>Borrador restaurado: la póliza %1 ya se expidió; continúe con Siguiente para obtener el certificado.</translation>
        </message>
        <message>
            <source>Draft restored at step %1. Card details were not kept: enter them again.</source>
            <translation>Borrador restaurado en el paso %1. Los datos de la tarjeta no se guardaron: ingréselos de nuevo.</translation>
        </message>
        <message>
            <source>The saved draft was discarded.</source>
            <translation>Se descartó el borrador guardado.</translation>
        </message>
        <message>
            <source>This sale is saved as an encrypted draft as you go; card details are not kept.</source>
            <translation>Esta venta se guarda como borrador cifrado a medida que avanza; los datos de la tarjeta no se guardan.</translation>
        </message>
        <message>
            <source>No keyring: the draft of this sale is kept for this session only; card details are not kept.</source>
            <translation>Sin llavero: el borrador de esta venta se conserva solo durante esta sesión; los datos de la tarjeta no se guardan.</translation>
        </message>
        <message>
            <source>First name:</source>
            <translation>Primer &amp;nombre:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telé&amp;fono:</translation>
        </message>
        <message>
            <source>Sale channel:</source>
            <translation>&amp;Canal de venta:</translation>
        </message>
        <message>
            <source>Simulate, quote and issue life insurance step by step, then print its certificate.</source>
            <translation>Simule, cotice y expida un seguro de vida paso a paso y luego imprima su certificado.</translation>
        </message>
    </context>
    <context>
        <name>LocationsView</name>
        <message>
            <source>&amp;Addresses:</source>
            <translation>Direccione&amp;s:</translation>
        </message>
        <message>
            <source>E-&amp;mails and phones:</source>
            <translation>C&amp;orreos electrónicos y teléfonos:</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Direcciones</translation>
        </message>
        <message>
            <source>E-mails and phones</source>
            <translation>Correos electrónicos y teléfonos</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Screen locked</source>
            <translation>Pantalla bloqueada</translation>
        </message>
        <message>
            <source>%1 is signed in at branch %2, terminal %3 (%4).</source>
            <translation>%1 tiene la sesión iniciada en la oficina %2, terminal %3 (%4).</translation>
        </message>
        <message>
            <source>Your work is kept exactly as you left it. Enter your PIN to continue.</source>
            <translation>Su trabajo se conserva tal como lo dejó. Ingrese su PIN para continuar.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Verificando…</translation>
        </message>
        <message>
            <source>Training: the demo PIN is %1.</source>
            <translation>Capacitación: el PIN de demostración es %1.</translation>
        </message>
        <message>
            <source>Wrong PIN. One attempt left: after another wrong PIN the session ends and the input in the forms is discarded.</source>
            <translation>PIN incorrecto. Le queda un intento: si vuelve a ingresar un PIN incorrecto, la sesión se cerrará y se descartará lo ingresado en los formularios.</translation>
        </message>
        <message>
            <source>Wrong PIN. Try again.</source>
            <translation>PIN incorrecto. Intente de nuevo.</translation>
        </message>
        <message>
            <source>No PIN is known for this session, so it cannot be unlocked here. Close BranchDesk and sign in again.</source>
            <translation>No se conoce ningún PIN para esta sesión, así que no se puede desbloquear aquí. Cierre BranchDesk e inicie sesión de nuevo.</translation>
        </message>
        <message>
            <source>Enter your PIN.</source>
            <translation>Ingrese su PIN.</translation>
        </message>
        <message>
            <source>1 attempt left before the session ends.</source>
            <translation>Queda 1 intento antes de que se cierre la sesión.</translation>
        </message>
        <message>
            <source>%1 attempts left before the session ends.</source>
            <translation>Quedan %1 intentos antes de que se cierre la sesión.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>BranchDesk — %1</source>
            <translation>BranchDesk — %1</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Flujos de trabajo</translation>
        </message>
        <message>
            <source>%1 Shortcut: %2.</source>
            <translation>%1 Atajo: %2.</translation>
        </message>
        <message>
            <source>%1 Arrives in a later version. Shortcut: %2.</source>
            <translation>%1 Disponible en una versión posterior. Atajo: %2.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Workflows</source>
            <translation>Flu&amp;jos de trabajo</translation>
        </message>
        <message>
            <source>No operation yet.</source>
            <translation>Aún no hay operaciones.</translation>
        </message>
        <message>
            <source>Environment: %1</source>
            <translation>Ambiente: %1</translation>
        </message>
        <message>
            <source>Operator: %1</source>
            <translation>Operador: %1</translation>
        </message>
        <message>
            <source>Branch: %1</source>
            <translation>Oficina: %1</translation>
        </message>
        <message>
            <source>Terminal: %1</source>
            <translation>Terminal: %1</translation>
        </message>
        <message>
            <source>%1 %2: completed.</source>
            <translation>%1 %2: se completó.</translation>
        </message>
        <message>
            <source>%1 %2: failed.</source>
            <translation>%1 %2: falló.</translation>
        </message>
        <message>
            <source>Idle lock warning</source>
            <translation>Aviso de bloqueo por inactividad</translation>
        </message>
        <message>
            <source>Locking in %1 s — press any key to stay signed in.</source>
            <translation>Se bloqueará en %1 s — presione cualquier tecla para mantener la sesión iniciada.</translation>
        </message>
        <message>
            <source>BranchDesk — %1 — Locked</source>
            <translation>BranchDesk — %1 — Bloqueado</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>&amp;Bloquear pantalla</translation>
        </message>
        <message>
            <source>Hide the forms until your PIN is entered; your work stays as it is.</source>
            <translation>Oculta los formularios hasta que se ingrese su PIN; su trabajo queda tal como está.</translation>
        </message>
        <message>
            <source>Sign &amp;out…</source>
            <translation>&amp;Cerrar sesión…</translation>
        </message>
        <message>
            <source>End this session and show the sign-in.</source>
            <translation>Termina esta sesión y muestra el inicio de sesión.</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>Submit the form</source>
            <translation>Enviar el formulario</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message>
            <source>Sign out %1? Whatever is typed in the forms is discarded.</source>
            <translation>¿Cerrar la sesión de %1? Se descartará todo lo que esté escrito en los formularios.</translation>
        </message>
        <message>
            <source>&amp;Sign out</source>
            <translation>&amp;Cerrar sesión</translation>
        </message>
        <message>
            <source>S&amp;tay signed in</source>
            <translation>&amp;Mantener la sesión iniciada</translation>
        </message>
        <message>
            <source>Stay signed in</source>
            <translation>Mantener la sesión iniciada</translation>
        </message>
        <message>
            <source>%1 %2: cancelled.</source>
            <translation>%1 %2: se canceló.</translation>
        </message>
        <message>
            <source>%1 %2: nothing found.</source>
            <translation>%1 %2: no se encontraron resultados.</translation>
        </message>
        <message>
            <source>%1 %2: %3 (%4).</source>
            <translation>%1 %2: %3 (%4).</translation>
        </message>
    </context>
    <context>
        <name>MessageBanner</name>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Cerrar este mensaje</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>Cerrar mensaje</translation>
        </message>
    </context>
    <context>
        <name>NameByAccountForm</name>
        <message>
            <source>Name by account</source>
            <translation>Nombre del titular</translation>
        </message>
        <message>
            <source>Check who holds an account: enter the customer's identification and the account number; the bank answers with the holder's name only if they match.</source>
            <translation>Consulte quién es el titular de una cuenta: ingrese la identificación del cliente y el número de cuenta; el banco responde con el nombre del titular solo si coinciden.</translation>
        </message>
        <message>
            <source>Identification and account</source>
            <translation>Identificación y cuenta</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>Número de cuenta</translation>
        </message>
        <message>
            <source>digits only, e.g. 24500112233</source>
            <translation>solo dígitos, p. ej. 24500112233</translation>
        </message>
        <message>
            <source>Identification &amp;type:</source>
            <translation>Tipo de &amp;identificación:</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>&amp;Número de identificación:</translation>
        </message>
        <message>
            <source>&amp;Account number:</source>
            <translation>Número de &amp;cuenta:</translation>
        </message>
        <message>
            <source>&amp;Check holder</source>
            <translation>&amp;Verificar titular</translation>
        </message>
        <message>
            <source>Check holder</source>
            <translation>Verificar titular</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Titular</translation>
        </message>
        <message>
            <source>Holder of account %1 (%2 %3).</source>
            <translation>Titular de la cuenta %1 (%2 %3).</translation>
        </message>
        <message>
            <source>The identification holds the account.</source>
            <translation>La identificación corresponde al titular de la cuenta.</translation>
        </message>
        <message>
            <source>This identification is not the holder of the account.</source>
            <translation>Esta identificación no corresponde al titular de la cuenta.</translation>
        </message>
        <message>
            <source>The customer is not the holder of this account. Check the account number with the customer.</source>
            <translation>El cliente no es el titular de esta cuenta. Verifique el número de cuenta con el cliente.</translation>
        </message>
        <message>
            <source>The account does not exist.</source>
            <translation>La cuenta no existe.</translation>
        </message>
        <message>
            <source>There is no account with this number. Check the digits.</source>
            <translation>No hay ninguna cuenta con este número. Verifique los dígitos.</translation>
        </message>
        <message>
            <source>The bank has no holder on record for this account.</source>
            <translation>El banco no tiene un titular registrado para esta cuenta.</translation>
        </message>
        <message>
            <source>No holder is registered for this account; refer the case to the back office.</source>
            <translation>No hay un titular registrado para esta cuenta; remita el caso al back office.</translation>
        </message>
        <message>
            <source>The identification is not a customer of the bank.</source>
            <translation>La identificación no corresponde a un cliente del banco.</translation>
        </message>
        <message>
            <source>No customer has this identification. Check the type and number.</source>
            <translation>Ningún cliente tiene esta identificación. Verifique el tipo y el número.</translation>
        </message>
        <message>
            <source>The bank could not answer (its own failure). Try again in a few minutes; if it persists, call the support desk with the reference below.</source>
            <translation>El banco no pudo responder (falla del propio banco). Intente de nuevo en unos minutos; si persiste, llame a la mesa de ayuda con la referencia que aparece abajo.</translation>
        </message>
        <message>
            <source>Asking the bank… Press Esc to cancel.</source>
            <translation>Consultando al banco… Presione Esc para cancelar.</translation>
        </message>
    </context>
    <context>
        <name>NameByAccountQuery</name>
        <message>
            <source>Choose the identification type.</source>
            <translation>Elija el tipo de identificación.</translation>
        </message>
        <message>
            <source>Enter the identification number.</source>
            <translation>Ingrese el número de identificación.</translation>
        </message>
        <message>
            <source>The identification number has at most %1 characters.</source>
            <translation>El número de identificación tiene máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>This identification type has digits only.</source>
            <translation>Este tipo de identificación solo admite dígitos.</translation>
        </message>
        <message>
            <source>Enter the account number.</source>
            <translation>Ingrese el número de cuenta.</translation>
        </message>
        <message>
            <source>The account number has digits only, at most %1.</source>
            <translation>El número de cuenta solo admite dígitos, máximo %1.</translation>
        </message>
    </context>
    <context>
        <name>NewCustomerForm</name>
        <message>
            <source>DANE code, e.g. 05001</source>
            <translation>Código DANE, p. ej. 05001</translation>
        </message>
        <message>
            <source>COP, digits only, e.g. 2500000</source>
            <translation>COP, solo dígitos, p. ej. 2500000</translation>
        </message>
        <message>
            <source>e.g. 3105556755</source>
            <translation>p. ej. 3105556755</translation>
        </message>
        <message>
            <source>digits, e.g. 1034567890 (a NIT with its check digit: 900123456-8)</source>
            <translation>dígitos, p. ej. 1034567890 (un NIT con su dígito de verificación: 900123456-8)</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Nuevo cliente</translation>
        </message>
        <message>
            <source>Drafts are saved encrypted as you type.</source>
            <translation>Los borradores se guardan cifrados mientras escribe.</translation>
        </message>
        <message>
            <source>No keyring: drafts are kept encrypted for this session only — they survive closing the form, not restarting BranchDesk.</source>
            <translation>Sin llavero del sistema: los borradores se conservan cifrados solo durante esta sesión — se mantienen si cierra el formulario, pero no si reinicia BranchDesk.</translation>
        </message>
        <message>
            <source>Open a customer together with a savings account. Fields marked in red need attention; nothing is sent until every field is right.</source>
            <translation>Cree un cliente junto con una cuenta de ahorros. Los campos marcados en rojo requieren atención; no se envía nada hasta que todos los campos estén correctos.</translation>
        </message>
        <message>
            <source>&amp;Restore draft</source>
            <translation>&amp;Restaurar borrador</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Descartar borrador</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>choose or type a code</source>
            <translation>elija o escriba un código</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Identificación</translation>
        </message>
        <message>
            <source>Identification &amp;type:</source>
            <translation>&amp;Tipo de identificación:</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>&amp;Número de identificación:</translation>
        </message>
        <message>
            <source>Customer type:</source>
            <translation>Tipo de cliente:</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Middle name:</source>
            <translation>Segundo nombre:</translation>
        </message>
        <message>
            <source>First &amp;surname:</source>
            <translation>Primer ape&amp;llido:</translation>
        </message>
        <message>
            <source>Second surname:</source>
            <translation>Segundo apellido:</translation>
        </message>
        <message>
            <source>Personal information</source>
            <translation>Información personal</translation>
        </message>
        <message>
            <source>Document issued in (city):</source>
            <translation>Lugar de expedición del documento (ciudad):</translation>
        </message>
        <message>
            <source>Document issue date:</source>
            <translation>Fecha de expedición del documento:</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Fecha de naci&amp;miento:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Género:</translation>
        </message>
        <message>
            <source>Marital status:</source>
            <translation>Estado civil:</translation>
        </message>
        <message>
            <source>Marital status description:</source>
            <translation>Descripción del estado civil:</translation>
        </message>
        <message>
            <source>Customer class:</source>
            <translation>Clase de cliente:</translation>
        </message>
        <message>
            <source>Country of birth:</source>
            <translation>País de nacimiento:</translation>
        </message>
        <message>
            <source>City of birth (code):</source>
            <translation>Ciudad de nacimiento (código):</translation>
        </message>
        <message>
            <source>City of birth:</source>
            <translation>Ciudad de nacimiento:</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>Correo &amp;electrónico:</translation>
        </message>
        <message>
            <source>Phone type:</source>
            <translation>Tipo de teléfono:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Telé&amp;fono:</translation>
        </message>
        <message>
            <source>Additional phone type:</source>
            <translation>Tipo de teléfono adicional:</translation>
        </message>
        <message>
            <source>Additional phone:</source>
            <translation>Teléfono adicional:</translation>
        </message>
        <message>
            <source>Residence &amp;address:</source>
            <translation>&amp;Dirección de residencia:</translation>
        </message>
        <message>
            <source>Residence city (code):</source>
            <translation>Ciudad de residencia (código):</translation>
        </message>
        <message>
            <source>Residence city:</source>
            <translation>Ciudad de residencia:</translation>
        </message>
        <message>
            <source>Residence phone type:</source>
            <translation>Tipo de teléfono de residencia:</translation>
        </message>
        <message>
            <source>Residence phone:</source>
            <translation>Teléfono de residencia:</translation>
        </message>
        <message>
            <source>Additional residence phone type:</source>
            <translation>Tipo de teléfono de residencia adicional:</translation>
        </message>
        <message>
            <source>Additional residence phone:</source>
            <translation>Teléfono de residencia adicional:</translation>
        </message>
        <message>
            <source>Financial information</source>
            <translation>Información financiera</translation>
        </message>
        <message>
            <source>Monthly &amp;income:</source>
            <translation>&amp;Ingresos mensuales:</translation>
        </message>
        <message>
            <source>Other income:</source>
            <translation>Otros ingresos:</translation>
        </message>
        <message>
            <source>Other income comes from:</source>
            <translation>Origen de otros ingresos:</translation>
        </message>
        <message>
            <source>Monthly expenses:</source>
            <translation>Egresos mensuales:</translation>
        </message>
        <message>
            <source>Total assets:</source>
            <translation>Total de activos:</translation>
        </message>
        <message>
            <source>Total liabilities:</source>
            <translation>Total de pasivos:</translation>
        </message>
        <message>
            <source>Origin of resources:</source>
            <translation>Origen de los recursos:</translation>
        </message>
        <message>
            <source>Origin of resources, detail:</source>
            <translation>Detalle del origen de los recursos:</translation>
        </message>
        <message>
            <source>Manages resources:</source>
            <translation>Maneja recursos:</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Información laboral</translation>
        </message>
        <message>
            <source>&amp;Occupation:</source>
            <translation>&amp;Ocupación:</translation>
        </message>
        <message>
            <source>Occupation description:</source>
            <translation>Descripción de la ocupación:</translation>
        </message>
        <message>
            <source>Company ID type:</source>
            <translation>Tipo de identificación de la empresa:</translation>
        </message>
        <message>
            <source>Company ID number:</source>
            <translation>Número de identificación de la empresa:</translation>
        </message>
        <message>
            <source>Position (code):</source>
            <translation>Cargo (código):</translation>
        </message>
        <message>
            <source>Economic activity (code):</source>
            <translation>Actividad económica (código):</translation>
        </message>
        <message>
            <source>Economic activity description:</source>
            <translation>Descripción de la actividad económica:</translation>
        </message>
        <message>
            <source>Profession (code):</source>
            <translation>Profesión (código):</translation>
        </message>
        <message>
            <source>Profession description:</source>
            <translation>Descripción de la profesión:</translation>
        </message>
        <message>
            <source>Profession, general (code):</source>
            <translation>Profesión general (código):</translation>
        </message>
        <message>
            <source>Profession, specific (code):</source>
            <translation>Profesión específica (código):</translation>
        </message>
        <message>
            <source>Payroll agreement</source>
            <translation>Convenio de nómina</translation>
        </message>
        <message>
            <source>Agreement code:</source>
            <translation>Código del convenio:</translation>
        </message>
        <message>
            <source>Agreement name:</source>
            <translation>Nombre del convenio:</translation>
        </message>
        <message>
            <source>Agreement address:</source>
            <translation>Dirección del convenio:</translation>
        </message>
        <message>
            <source>Agreement phone type:</source>
            <translation>Tipo de teléfono del convenio:</translation>
        </message>
        <message>
            <source>Agreement phone:</source>
            <translation>Teléfono del convenio:</translation>
        </message>
        <message>
            <source>Agreement additional phone type:</source>
            <translation>Tipo de teléfono adicional del convenio:</translation>
        </message>
        <message>
            <source>Agreement additional phone:</source>
            <translation>Teléfono adicional del convenio:</translation>
        </message>
        <message>
            <source>Agreement office:</source>
            <translation>Oficina del convenio:</translation>
        </message>
        <message>
            <source>Agreement city (code):</source>
            <translation>Ciudad del convenio (código):</translation>
        </message>
        <message>
            <source>Savings pocket</source>
            <translation>Bolsillo de ahorro</translation>
        </message>
        <message>
            <source>Savings pocket:</source>
            <translation>Bolsillo de ahorro:</translation>
        </message>
        <message>
            <source>Saves every:</source>
            <translation>Ahorra cada:</translation>
        </message>
        <message>
            <source>Monthly debit day:</source>
            <translation>Día de débito mensual:</translation>
        </message>
        <message>
            <source>Weekly debit day:</source>
            <translation>Día de débito semanal:</translation>
        </message>
        <message>
            <source>Amount to save:</source>
            <translation>Valor a ahorrar:</translation>
        </message>
        <message>
            <source>Savings account</source>
            <translation>Cuenta de ahorros</translation>
        </message>
        <message>
            <source>&amp;GMF (4x1000) exempt mark:</source>
            <translation>Marca de exención &amp;GMF (4x1000):</translation>
        </message>
        <message>
            <source>Ledger:</source>
            <translation>Libro mayor:</translation>
        </message>
        <message>
            <source>Subledger:</source>
            <translation>Libro auxiliar:</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Grupo:</translation>
        </message>
        <message>
            <source>Account type:</source>
            <translation>Tipo de cuenta:</translation>
        </message>
        <message>
            <source>Handling fee profile:</source>
            <translation>Perfil de cuota de manejo:</translation>
        </message>
        <message>
            <source>Source retention:</source>
            <translation>Retención en la fuente:</translation>
        </message>
        <message>
            <source>Statement period:</source>
            <translation>Periodo del extracto:</translation>
        </message>
        <message>
            <source>Administration office:</source>
            <translation>Oficina administradora:</translation>
        </message>
        <message>
            <source>Submitting office:</source>
            <translation>Oficina radicadora:</translation>
        </message>
        <message>
            <source>Office address type:</source>
            <translation>Tipo de dirección de la oficina:</translation>
        </message>
        <message>
            <source>Management condition:</source>
            <translation>Condición de manejo:</translation>
        </message>
        <message>
            <source>Product adviser:</source>
            <translation>Asesor del producto:</translation>
        </message>
        <message>
            <source>Adviser</source>
            <translation>Asesor</translation>
        </message>
        <message>
            <source>A&amp;dviser (user registration):</source>
            <translation>A&amp;sesor (registro de usuario):</translation>
        </message>
        <message>
            <source>&amp;Check and continue</source>
            <translation>&amp;Verificar y continuar</translation>
        </message>
        <message>
            <source>Open in customer &amp;lookup</source>
            <translation>Abrir en &amp;consulta de clientes</translation>
        </message>
        <message>
            <source>Customer lookup</source>
            <translation>Consulta de clientes</translation>
        </message>
        <message>
            <source>Check the data with the customer before creating the customer and the account.</source>
            <translation>Verifique los datos con el cliente antes de crear el cliente y la cuenta.</translation>
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation>&amp;Volver al formulario</translation>
        </message>
        <message>
            <source>Check &amp;status</source>
            <translation>Consultar e&amp;stado</translation>
        </message>
        <message>
            <source>Look the customer up by identification to learn whether the create went through</source>
            <translation>Buscar al cliente por identificación para saber si la creación se realizó</translation>
        </message>
        <message>
            <source>Send &amp;again (same transaction)</source>
            <translation>Enviar de &amp;nuevo (misma transacción)</translation>
        </message>
        <message>
            <source>Send again?</source>
            <translation>¿Enviar de nuevo?</translation>
        </message>
        <message>
            <source>The bank did not confirm the first submission. Sending again reuses transaction %1, so a bank that already created the customer answers with the first result instead of creating a second one.

Send again?</source>
            <translation>El banco no confirmó el primer envío. Al enviar de nuevo se reutiliza la transacción %1, así que si el banco ya creó el cliente responde con el primer resultado en lugar de crear un segundo cliente.

¿Enviar de nuevo?</translation>
        </message>
        <message>
            <source>Data-protection consent</source>
            <translation>Autorización de tratamiento de datos</translation>
        </message>
        <message>
            <source>The customer authorises the processing of personal data (preguntaATDP001):</source>
            <translation>El cliente autoriza el tratamiento de sus datos personales (preguntaATDP001):</translation>
        </message>
        <message>
            <source>The customer authorises commercial use of the data (preguntaATDP002):</source>
            <translation>El cliente autoriza el uso comercial de sus datos (preguntaATDP002):</translation>
        </message>
        <message>
            <source>The customer authorises sharing the data with third parties (preguntaATDP003):</source>
            <translation>El cliente autoriza compartir sus datos con terceros (preguntaATDP003):</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>%1: yes</source>
            <translation>%1: sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>%1: no</source>
            <translation>%1: no</translation>
        </message>
        <message>
            <source>Send &amp;consent</source>
            <translation>Enviar autori&amp;zación</translation>
        </message>
        <message>
            <source>&amp;Preview receipt</source>
            <translation>&amp;Vista previa del comprobante</translation>
        </message>
        <message>
            <source>Sa&amp;ve receipt…</source>
            <translation>&amp;Guardar comprobante…</translation>
        </message>
        <message>
            <source>Pr&amp;int receipt…</source>
            <translation>&amp;Imprimir comprobante…</translation>
        </message>
        <message>
            <source>&amp;New customer</source>
            <translation>&amp;Nuevo cliente</translation>
        </message>
        <message>
            <source>Check stopped. The outcome of transaction %1 is still unknown.</source>
            <translation>Verificación detenida. El resultado de la transacción %1 aún se desconoce.</translation>
        </message>
        <message>
            <source>Check stopped. Nothing was created; your entries are still here.</source>
            <translation>Verificación detenida. No se creó nada; sus datos siguen aquí.</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) need attention before the customer can be created.</source>
            <translation>
                <numerusform>%n campo requiere atención antes de poder crear el cliente.</numerusform>
                <numerusform>%n campos requieren atención antes de poder crear el cliente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking whether the customer already exists… Press Esc to stop.</source>
            <translation>Verificando si el cliente ya existe… Presione Esc para detener.</translation>
        </message>
        <message>
            <source>%1 %2 is already a customer: %3 (customer since %4). Nothing was created.</source>
            <translation>%1 %2 ya es cliente: %3 (cliente desde %4). No se creó nada.</translation>
        </message>
        <message>
            <source>unknown date</source>
            <translation>fecha desconocida</translation>
        </message>
        <message>
            <source>Could not check whether the customer already exists, so nothing was created. %1</source>
            <translation>No se pudo verificar si el cliente ya existe, por lo que no se creó nada. %1</translation>
        </message>
        <message>
            <source>Creating the customer and the account…</source>
            <translation>Creando el cliente y la cuenta…</translation>
        </message>
        <message>
            <source>The bank refused this field: %1 (bank code %2)</source>
            <translation>El banco rechazó este campo: %1 (código del banco %2)</translation>
        </message>
        <message>
            <source>The bank did not create the customer: “%1” was refused. Correct it and continue again.</source>
            <translation>El banco no creó el cliente: rechazó “%1”. Corríjalo y continúe de nuevo.</translation>
        </message>
        <message>
            <source>The bank did not create the customer. %1</source>
            <translation>El banco no creó el cliente. %1</translation>
        </message>
        <message>
            <source>the connection closed before the answer</source>
            <translation>la conexión se cerró antes de la respuesta</translation>
        </message>
        <message>
            <source>Transaction %1. %2</source>
            <translation>Transacción %1. %2</translation>
        </message>
        <message>
            <source>Checking whether the customer exists…</source>
            <translation>Verificando si el cliente existe…</translation>
        </message>
        <message>
            <source>The customer now exists (%1): the create went through. To get the account number, send again: it reuses transaction %2, so the bank answers with the first result and creates nothing twice.</source>
            <translation>El cliente ya existe (%1): la creación se realizó. Para obtener el número de cuenta, envíe de nuevo: se reutiliza la transacción %2, así que el banco responde con el primer resultado y no crea nada dos veces.</translation>
        </message>
        <message>
            <source>No customer with this identification yet: the create has not gone through (or is still being processed). You may send again; it reuses transaction %1.</source>
            <translation>Aún no hay ningún cliente con esta identificación: la creación no se ha realizado (o todavía se está procesando). Puede enviar de nuevo; se reutiliza la transacción %1.</translation>
        </message>
        <message>
            <source>The status could not be checked. %1 The outcome is still unknown.</source>
            <translation>No se pudo consultar el estado. %1 El resultado aún se desconoce.</translation>
        </message>
        <message>
            <source>Customer and savings account created. Ask the customer the data-protection questions now.</source>
            <translation>Cliente y cuenta de ahorros creados. Hágale ahora al cliente las preguntas de tratamiento de datos.</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>no indicado</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2 %3&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Account number:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Reference number:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;GMF (4x1000) status:&lt;/td&gt;&lt;td&gt;%6 %7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;GMF bank:&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Savings pocket:&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2 %3&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Número de cuenta:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Número de referencia:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Estado GMF (4x1000):&lt;/td&gt;&lt;td&gt;%6 %7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Banco GMF:&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bolsillo de ahorro:&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Every question needs the customer's yes or no.</source>
            <translation>Cada pregunta requiere el sí o el no del cliente.</translation>
        </message>
        <message>
            <source>Sending the consent…</source>
            <translation>Enviando la autorización…</translation>
        </message>
        <message>
            <source>Consent recorded by the bank.</source>
            <translation>El banco registró la autorización.</translation>
        </message>
        <message>
            <source>The consent was not recorded: %1 You can send it again.</source>
            <translation>La autorización no se registró: %1 Puede enviarla de nuevo.</translation>
        </message>
        <message>
            <source>A draft saved earlier is kept, but it can only be opened with the keyring, which is not available now. Unlock the keyring and open New customer again to get it back.</source>
            <translation>Se conserva un borrador guardado anteriormente, pero solo se puede abrir con el llavero del sistema, que no está disponible ahora. Desbloquee el llavero y vuelva a abrir Nuevo cliente para recuperarlo.</translation>
        </message>
        <message>
            <source>A draft for %1 saved %2 was found.</source>
            <translation>Se encontró un borrador de %1 guardado %2.</translation>
        </message>
        <message>
            <source>a new customer</source>
            <translation>un cliente nuevo</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Comprobante</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>Guardar comprobante</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>receipt-%1.pdf</source>
            <translation>comprobante-%1.pdf</translation>
        </message>
        <message>
            <source>The receipt could not be saved: %1</source>
            <translation>No se pudo guardar el comprobante: %1</translation>
        </message>
        <message>
            <source>Receipt saved to %1.</source>
            <translation>Comprobante guardado en %1.</translation>
        </message>
        <message>
            <source>The bank did not confirm the create (%1). The customer may or may not have been created, so nothing will be sent again by itself. Use “Check status” first; then decide whether to send again.</source>
            <translation>El banco no confirmó la creación (%1). Es posible que el cliente se haya creado o no, así que no se volverá a enviar nada automáticamente. Use primero “Consultar estado”; luego decida si envía de nuevo.</translation>
        </message>
        <message>
            <source>It was SENT (transaction %1) and the bank's answer never arrived: restore it and use “Check status” before anything else.</source>
            <translation>Se ENVIÓ (transacción %1) y la respuesta del banco nunca llegó: restáurelo y use “Consultar estado” antes que cualquier otra cosa.</translation>
        </message>
        <message>
            <source>DD/MM/YYYY</source>
            <translation>DD/MM/AAAA</translation>
        </message>
        <message>
            <source>Create c&amp;ustomer and account</source>
            <translation>Crear cliente y c&amp;uenta</translation>
        </message>
        <message>
            <source>First na&amp;me:</source>
            <translation>&amp;Primer nombre:</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordPanel</name>
        <message>
            <source>New password (hidden)</source>
            <translation>Clave nueva (oculta)</translation>
        </message>
        <message>
            <source>New pa&amp;ssword:</source>
            <translation>Clave nue&amp;va:</translation>
        </message>
        <message>
            <source>New password again (hidden)</source>
            <translation>Confirmación de la clave nueva (oculta)</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repítala:</translation>
        </message>
        <message>
            <source>Re&amp;cover password</source>
            <translation>Re&amp;cuperar clave</translation>
        </message>
        <message>
            <source>&amp;Create user</source>
            <translation>&amp;Crear usuario</translation>
        </message>
        <message>
            <source>✓ Card verified for %1. Let the customer type the new password.</source>
            <translation>✓ Tarjeta verificada para %1. Permita que el cliente digite la clave nueva.</translation>
        </message>
        <message>
            <source>First verify the customer's card (step 1). The password can be set after that.</source>
            <translation>Primero verifique la tarjeta del cliente (paso 1). Después se puede asignar la clave.</translation>
        </message>
        <message>
            <source>Between %1 and %2 letters and digits, not starting with 0, no more than %3 repeated or consecutive characters, not the identification number.</source>
            <translation>Entre %1 y %2 letras y dígitos, sin empezar por 0, sin más de %3 caracteres repetidos o consecutivos y distinta del número de identificación.</translation>
        </message>
        <message>
            <source>✗ %1 (bank rule %2)</source>
            <translation>✗ %1 (regla del banco %2)</translation>
        </message>
        <message>
            <source>✓ The password meets the bank's policy.</source>
            <translation>✓ La clave cumple la política del banco.</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>Las dos entradas no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>ObpAddressRequest</name>
        <message>
            <source>Enter the first address line.</source>
            <translation>Ingrese la primera línea de la dirección.</translation>
        </message>
        <message>
            <source>Enter the city.</source>
            <translation>Ingrese la ciudad.</translation>
        </message>
        <message>
            <source>Enter the country code, e.g. DE.</source>
            <translation>Ingrese el código de país, p. ej. DE.</translation>
        </message>
        <message>
            <source>At most %1 characters.</source>
            <translation>Máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>A tag cannot contain a comma.</source>
            <translation>Una etiqueta no puede contener comas.</translation>
        </message>
    </context>
    <context>
        <name>ObpAddressesTab</name>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Agregada</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Direcciones</translation>
        </message>
        <message>
            <source>Address line 1</source>
            <translation>Línea 1 de la dirección</translation>
        </message>
        <message>
            <source>Address line 2</source>
            <translation>Línea 2 de la dirección</translation>
        </message>
        <message>
            <source>Address line 3</source>
            <translation>Línea 3 de la dirección</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Condado</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Código de país</translation>
        </message>
        <message>
            <source>DE</source>
            <translation>DE</translation>
        </message>
        <message>
            <source>Tags, separated by spaces</source>
            <translation>Etiquetas, separadas por espacios</translation>
        </message>
        <message>
            <source>mailing home</source>
            <translation>correspondencia hogar</translation>
        </message>
        <message>
            <source>Address status</source>
            <translation>Estado de la dirección</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Line &amp;1:</source>
            <translation>Línea &amp;1:</translation>
        </message>
        <message>
            <source>Line &amp;2:</source>
            <translation>Línea &amp;2:</translation>
        </message>
        <message>
            <source>Line &amp;3:</source>
            <translation>Línea &amp;3:</translation>
        </message>
        <message>
            <source>Cit&amp;y:</source>
            <translation>Ciu&amp;dad:</translation>
        </message>
        <message>
            <source>County:</source>
            <translation>Condado:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Departamento:</translation>
        </message>
        <message>
            <source>Postcode:</source>
            <translation>Código postal:</translation>
        </message>
        <message>
            <source>Country code:</source>
            <translation>Código de país:</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>Eti&amp;quetas:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Add address</source>
            <translation>Agregar dirección</translation>
        </message>
        <message>
            <source>Save changes to selected</source>
            <translation>Guardar cambios en la seleccionada</translation>
        </message>
        <message>
            <source>Delete selected…</source>
            <translation>Eliminar la seleccionada…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Loading addresses…</source>
            <translation>Cargando direcciones…</translation>
        </message>
        <message>
            <source>Correct the marked fields; nothing was sent.</source>
            <translation>Corrija los campos marcados; no se envió nada.</translation>
        </message>
        <message>
            <source>Adding the address…</source>
            <translation>Agregando la dirección…</translation>
        </message>
        <message>
            <source>Address added: %1.</source>
            <translation>Dirección agregada: %1.</translation>
        </message>
        <message>
            <source>Saving the address…</source>
            <translation>Guardando la dirección…</translation>
        </message>
        <message>
            <source>Address saved: %1.</source>
            <translation>Dirección guardada: %1.</translation>
        </message>
        <message>
            <source>Delete address</source>
            <translation>Eliminar dirección</translation>
        </message>
        <message>
            <source>Delete the address "%1" of %2?</source>
            <translation>¿Eliminar la dirección "%1" de %2?</translation>
        </message>
        <message>
            <source>Nothing was deleted.</source>
            <translation>No se eliminó nada.</translation>
        </message>
        <message>
            <source>Deleting the address…</source>
            <translation>Eliminando la dirección…</translation>
        </message>
        <message>
            <source>Address deleted: %1.</source>
            <translation>Dirección eliminada: %1.</translation>
        </message>
    </context>
    <context>
        <name>ObpApi</name>
        <message>
            <source>The BANK_ID may contain only letters, digits, '-', '.' and '_'.</source>
            <translation>El BANK_ID solo puede contener letras, dígitos, '-', '.' y '_'.</translation>
        </message>
        <message>
            <source>Enter the %1.</source>
            <translation>Ingrese %1.</translation>
        </message>
        <message>
            <source>The page size must be at least 1.</source>
            <translation>El tamaño de página debe ser al menos 1.</translation>
        </message>
    </context>
    <context>
        <name>ObpConnectionBar</name>
        <message>
            <source>Open Bank Project connection</source>
            <translation>Conexión con Open Bank Project</translation>
        </message>
        <message>
            <source>Environment: %1 · %2</source>
            <translation>Ambiente: %1 · %2</translation>
        </message>
        <message>
            <source>OBP user name</source>
            <translation>Usuario OBP</translation>
        </message>
        <message>
            <source>OBP &amp;user:</source>
            <translation>Usuario OB&amp;P:</translation>
        </message>
        <message>
            <source>OBP password</source>
            <translation>Clave OBP</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Cla&amp;ve:</translation>
        </message>
        <message>
            <source>OBP consumer key</source>
            <translation>Consumer key de OBP</translation>
        </message>
        <message>
            <source>Consumer &amp;key:</source>
            <translation>Consumer &amp;key:</translation>
        </message>
        <message>
            <source>Bank (BANK_ID)</source>
            <translation>Banco (BANK_ID)</translation>
        </message>
        <message>
            <source>&amp;Bank (BANK_ID):</source>
            <translation>&amp;Banco (BANK_ID):</translation>
        </message>
        <message>
            <source>Keep in the keychain</source>
            <translation>Guardar en el llavero</translation>
        </message>
        <message>
            <source>Store the user name, password and consumer key in this workstation's keychain.</source>
            <translation>Guardar el usuario, la clave y la consumer key en el llavero de esta estación de trabajo.</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>Cerrar &amp;sesión</translation>
        </message>
        <message>
            <source>stored in the keychain</source>
            <translation>guardado en el llavero</translation>
        </message>
        <message>
            <source>Enter the BANK_ID: letters, digits, '-', '.' and '_' only.</source>
            <translation>Ingrese el BANK_ID: solo letras, dígitos, '-', '.' y '_'.</translation>
        </message>
        <message>
            <source>Logging in to Open Bank Project…</source>
            <translation>Iniciando sesión en Open Bank Project…</translation>
        </message>
        <message>
            <source>Logged in to Open Bank Project as %1.</source>
            <translation>Sesión iniciada en Open Bank Project como %1.</translation>
        </message>
        <message>
            <source>Logged in, but the credentials could not be kept in the keychain: %1</source>
            <translation>Sesión iniciada, pero las credenciales no se pudieron guardar en el llavero: %1</translation>
        </message>
        <message>
            <source>Logged out of Open Bank Project. The token was forgotten.</source>
            <translation>Sesión cerrada en Open Bank Project. Se descartó el token.</translation>
        </message>
        <message>
            <source>Logged in as %1</source>
            <translation>Sesión iniciada como %1</translation>
        </message>
        <message>
            <source>Not logged in</source>
            <translation>Sin sesión iniciada</translation>
        </message>
    </context>
    <context>
        <name>ObpCreateCustomerTab</name>
        <message>
            <source>Legal name</source>
            <translation>Nombre legal</translation>
        </message>
        <message>
            <source>Legal &amp;name:</source>
            <translation>No&amp;mbre legal:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Dr.</source>
            <translation>Dr.</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Sufijo del nombre</translation>
        </message>
        <message>
            <source>Sr</source>
            <translation>Sr</translation>
        </message>
        <message>
            <source>Name suffix:</source>
            <translation>Sufijo del nombre:</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>&amp;Date of birth:</source>
            <translation>Fecha &amp;de nacimiento:</translation>
        </message>
        <message>
            <source>Mobile phone number</source>
            <translation>Número de celular</translation>
        </message>
        <message>
            <source>+49 30 901820</source>
            <translation>+49 30 901820</translation>
        </message>
        <message>
            <source>&amp;Mobile phone:</source>
            <translation>Celula&amp;r:</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>C&amp;orreo electrónico:</translation>
        </message>
        <message>
            <source>Relationship status</source>
            <translation>Estado civil</translation>
        </message>
        <message>
            <source>&amp;Relationship status:</source>
            <translation>&amp;Estado civil:</translation>
        </message>
        <message>
            <source>Highest education attained</source>
            <translation>Máximo nivel educativo alcanzado</translation>
        </message>
        <message>
            <source>Education:</source>
            <translation>Nivel educativo:</translation>
        </message>
        <message>
            <source>Employment status</source>
            <translation>Situación laboral</translation>
        </message>
        <message>
            <source>Emplo&amp;yment status:</source>
            <translation>Situació&amp;n laboral:</translation>
        </message>
        <message>
            <source>Branch id</source>
            <translation>Id de oficina</translation>
        </message>
        <message>
            <source>DERBY6</source>
            <translation>DERBY6</translation>
        </message>
        <message>
            <source>Branch id:</source>
            <translation>Id de oficina:</translation>
        </message>
        <message>
            <source>Face image URL</source>
            <translation>URL de la foto del rostro</translation>
        </message>
        <message>
            <source>https://www.example.com/id-docs/123/image.png</source>
            <translation>https://www.example.com/id-docs/123/image.png</translation>
        </message>
        <message>
            <source>Face image URL:</source>
            <translation>URL de la foto del rostro:</translation>
        </message>
        <message>
            <source>Taken on</source>
            <translation>Tomada el</translation>
        </message>
        <message>
            <source>Face image date</source>
            <translation>Fecha de la foto del rostro</translation>
        </message>
        <message>
            <source>Image date:</source>
            <translation>Fecha de la foto:</translation>
        </message>
        <message>
            <source>Dependant's date of birth</source>
            <translation>Fecha de nacimiento de la persona a cargo</translation>
        </message>
        <message>
            <source>&amp;Add dependant</source>
            <translation>A&amp;gregar persona a cargo</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected dependant</source>
            <translation>Quitar la persona a cargo seleccionada</translation>
        </message>
        <message>
            <source>Dependants' dates of birth</source>
            <translation>Fechas de nacimiento de las personas a cargo</translation>
        </message>
        <message>
            <source>Dependants:</source>
            <translation>Personas a cargo:</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>Calificación crediticia</translation>
        </message>
        <message>
            <source>Credit ratin&amp;g:</source>
            <translation>Cali&amp;ficación crediticia:</translation>
        </message>
        <message>
            <source>Credit rating source</source>
            <translation>Fuente de la calificación crediticia</translation>
        </message>
        <message>
            <source>Rating source:</source>
            <translation>Fuente de la calificación:</translation>
        </message>
        <message>
            <source>Credit limit currency</source>
            <translation>Moneda del cupo de crédito</translation>
        </message>
        <message>
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <source>Credit limit currency:</source>
            <translation>Moneda del cupo de crédito:</translation>
        </message>
        <message>
            <source>Credit limit amount</source>
            <translation>Monto del cupo de crédito</translation>
        </message>
        <message>
            <source>10.12</source>
            <translation>10.12</translation>
        </message>
        <message>
            <source>Credit limit amount:</source>
            <translation>Monto del cupo de crédito:</translation>
        </message>
        <message>
            <source>KYC checks passed</source>
            <translation>Verificaciones KYC aprobadas</translation>
        </message>
        <message>
            <source>KYC status:</source>
            <translation>Estado KYC:</translation>
        </message>
        <message>
            <source>Last OK date</source>
            <translation>Fecha del último OK</translation>
        </message>
        <message>
            <source>Last OK date:</source>
            <translation>Fecha del último OK:</translation>
        </message>
        <message>
            <source>New customer fields</source>
            <translation>Campos del nuevo cliente</translation>
        </message>
        <message>
            <source>Create customer</source>
            <translation>Crear cliente</translation>
        </message>
        <message>
            <source>OBP sets the customer number. Dates are sent as OBP asks (2013-01-21T23:08:00Z).</source>
            <translation>OBP asigna el número de cliente. Las fechas se envían en el formato que pide OBP (2013-01-21T23:08:00Z).</translation>
        </message>
        <message>
            <source>Correct the marked fields; nothing was sent.</source>
            <translation>Corrija los campos marcados; no se envió nada.</translation>
        </message>
        <message>
            <source>Creating the customer…</source>
            <translation>Creando el cliente…</translation>
        </message>
        <message>
            <source>Customer %1 created at bank %2: customer number %3.</source>
            <translation>Cliente %1 creado en el banco %2: número de cliente %3.</translation>
        </message>
        <message>
            <source>CUSTOMER_ID %1</source>
            <translation>CUSTOMER_ID %1</translation>
        </message>
    </context>
    <context>
        <name>ObpCrmEventsTab</name>
        <message>
            <source>Scheduled</source>
            <translation>Programado</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Realizado</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Número de cliente</translation>
        </message>
        <message>
            <source>CRM events</source>
            <translation>Eventos CRM</translation>
        </message>
        <message>
            <source>Only this customer's events</source>
            <translation>Solo los eventos de este cliente</translation>
        </message>
        <message>
            <source>Load CRM events</source>
            <translation>Cargar eventos CRM</translation>
        </message>
        <message>
            <source>Loading CRM events…</source>
            <translation>Cargando eventos CRM…</translation>
        </message>
        <message>
            <source>No CRM events available.</source>
            <translation>No hay eventos CRM disponibles.</translation>
        </message>
    </context>
    <context>
        <name>ObpCustomerCreateRequest</name>
        <message>
            <source>At most %1 characters.</source>
            <translation>Máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>Enter the customer's legal name.</source>
            <translation>Ingrese el nombre legal del cliente.</translation>
        </message>
        <message>
            <source>Enter a mobile phone number.</source>
            <translation>Ingrese un número de celular.</translation>
        </message>
        <message>
            <source>Only digits, spaces, brackets and dashes, with an optional leading +.</source>
            <translation>Solo dígitos, espacios, paréntesis y guiones, con un + inicial opcional.</translation>
        </message>
        <message>
            <source>Enter an e-mail address like name@example.com.</source>
            <translation>Ingrese una dirección de correo electrónico como nombre@example.com.</translation>
        </message>
        <message>
            <source>Enter a web address starting with https://.</source>
            <translation>Ingrese una dirección web que empiece por https://.</translation>
        </message>
        <message>
            <source>The picture date cannot be in the future.</source>
            <translation>La fecha de la foto no puede ser futura.</translation>
        </message>
        <message>
            <source>Enter the date of birth.</source>
            <translation>Ingrese la fecha de nacimiento.</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>La fecha de nacimiento no puede ser futura.</translation>
        </message>
        <message>
            <source>Every dependant needs a date of birth that is not in the future.</source>
            <translation>Cada persona a cargo necesita una fecha de nacimiento que no sea futura.</translation>
        </message>
        <message>
            <source>Enter an amount like 10.12 (a dot for decimals).</source>
            <translation>Ingrese un monto como 10.12 (punto para los decimales).</translation>
        </message>
        <message>
            <source>Enter the three-letter currency code, e.g. EUR.</source>
            <translation>Ingrese el código de moneda de tres letras, p. ej. EUR.</translation>
        </message>
        <message>
            <source>The last OK date cannot be in the future.</source>
            <translation>La fecha del último OK no puede ser futura.</translation>
        </message>
    </context>
    <context>
        <name>ObpCustomerDetailPane</name>
        <message>
            <source>No customer open yet: create one, find one or open one from a list.</source>
            <translation>Aún no hay un cliente abierto: cree uno, búsquelo o ábralo desde una lista.</translation>
        </message>
        <message>
            <source>Customer details</source>
            <translation>Detalles del cliente</translation>
        </message>
        <message>
            <source>&amp;Addresses</source>
            <translation>Direcci&amp;ones</translation>
        </message>
        <message>
            <source>Ta&amp;x residences</source>
            <translation>Residencias &amp;fiscales</translation>
        </message>
        <message>
            <source>Social &amp;media</source>
            <translation>R&amp;edes sociales</translation>
        </message>
        <message>
            <source>CRM &amp;events</source>
            <translation>Eventos CR&amp;M</translation>
        </message>
        <message>
            <source>Up&amp;date</source>
            <translation>Actuali&amp;zar</translation>
        </message>
        <message>
            <source>Li&amp;nk user</source>
            <translation>Vi&amp;ncular usuario</translation>
        </message>
        <message>
            <source>Customer number %1</source>
            <translation>Número de cliente %1</translation>
        </message>
        <message>
            <source>bank %1</source>
            <translation>banco %1</translation>
        </message>
        <message>
            <source>CUSTOMER_ID %1</source>
            <translation>CUSTOMER_ID %1</translation>
        </message>
        <message>
            <source>Born %1</source>
            <translation>Nacimiento %1</translation>
        </message>
        <message numerus="yes">
            <source>%n dependant(s)</source>
            <translation>
                <numerusform>%n persona a cargo</numerusform>
                <numerusform>%n personas a cargo</numerusform>
            </translation>
        </message>
        <message>
            <source>Mobile %1</source>
            <translation>Celular %1</translation>
        </message>
        <message>
            <source>e-mail %1</source>
            <translation>correo electrónico %1</translation>
        </message>
        <message>
            <source>branch %1</source>
            <translation>oficina %1</translation>
        </message>
        <message>
            <source>Credit limit %1</source>
            <translation>Cupo de crédito %1</translation>
        </message>
        <message>
            <source>rating %1</source>
            <translation>calificación %1</translation>
        </message>
        <message>
            <source>source %1</source>
            <translation>fuente %1</translation>
        </message>
        <message>
            <source>KYC passed</source>
            <translation>KYC aprobado</translation>
        </message>
        <message>
            <source>KYC not passed</source>
            <translation>KYC no aprobado</translation>
        </message>
        <message>
            <source>last OK %1</source>
            <translation>último OK %1</translation>
        </message>
        <message>
            <source>Attribute %1 (%2): %3</source>
            <translation>Atributo %1 (%2): %3</translation>
        </message>
    </context>
    <context>
        <name>ObpCustomerListsTab</name>
        <message>
            <source>Which customers</source>
            <translation>Clientes a consultar</translation>
        </message>
        <message>
            <source>My customers (all banks)</source>
            <translation>Mis clientes (todos los bancos)</translation>
        </message>
        <message>
            <source>My customers at this bank</source>
            <translation>Mis clientes en este banco</translation>
        </message>
        <message>
            <source>Firehose: every customer of this bank</source>
            <translation>Firehose: todos los clientes de este banco</translation>
        </message>
        <message>
            <source>&amp;Get:</source>
            <translation>&amp;Obtener:</translation>
        </message>
        <message>
            <source>Firehose page size (limit)</source>
            <translation>Tamaño de página del firehose (limit)</translation>
        </message>
        <message>
            <source>Li&amp;mit:</source>
            <translation>Lí&amp;mite:</translation>
        </message>
        <message>
            <source>Firehose offset</source>
            <translation>Desplazamiento del firehose</translation>
        </message>
        <message>
            <source>Offs&amp;et:</source>
            <translation>&amp;Desplazamiento:</translation>
        </message>
        <message>
            <source>Lo&amp;ad</source>
            <translation>Ca&amp;rgar</translation>
        </message>
        <message>
            <source>Filter the customers</source>
            <translation>Filtrar los clientes</translation>
        </message>
        <message>
            <source>Type to filter by any column</source>
            <translation>Escriba para filtrar por cualquier columna</translation>
        </message>
        <message>
            <source>Filte&amp;r:</source>
            <translation>&amp;Filtro:</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Nombre legal</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Número de cliente</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Banco</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Celular</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>KYC</source>
            <translation>KYC</translation>
        </message>
        <message>
            <source>CUSTOMER_ID</source>
            <translation>CUSTOMER_ID</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Open customer</source>
            <translation>Abrir cliente</translation>
        </message>
        <message>
            <source>Loading customers…</source>
            <translation>Cargando clientes…</translation>
        </message>
        <message>
            <source>No customers in this list.</source>
            <translation>No hay clientes en esta lista.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>ObpCustomerUpdate</name>
        <message>
            <source>At most %1 characters.</source>
            <translation>Máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>Enter the branch id, e.g. DERBY6.</source>
            <translation>Ingrese el id de la oficina, p. ej. DERBY6.</translation>
        </message>
        <message>
            <source>Enter the three-letter currency code, e.g. EUR.</source>
            <translation>Ingrese el código de moneda de tres letras, p. ej. EUR.</translation>
        </message>
        <message>
            <source>Enter an amount like 10.12 (a dot for decimals).</source>
            <translation>Ingrese un monto como 10.12 (punto para los decimales).</translation>
        </message>
        <message>
            <source>Enter the credit rating.</source>
            <translation>Ingrese la calificación crediticia.</translation>
        </message>
        <message>
            <source>Enter who gave the rating.</source>
            <translation>Ingrese quién otorgó la calificación.</translation>
        </message>
        <message>
            <source>Enter an e-mail address like name@example.com.</source>
            <translation>Ingrese una dirección de correo electrónico como nombre@example.com.</translation>
        </message>
        <message>
            <source>Enter the customer's legal name.</source>
            <translation>Ingrese el nombre legal del cliente.</translation>
        </message>
        <message>
            <source>Enter a date of birth that is not in the future.</source>
            <translation>Ingrese una fecha de nacimiento que no sea futura.</translation>
        </message>
        <message>
            <source>Only digits, spaces, brackets and dashes, with an optional leading +.</source>
            <translation>Solo dígitos, espacios, paréntesis y guiones, con un + inicial opcional.</translation>
        </message>
        <message>
            <source>Enter the new customer number.</source>
            <translation>Ingrese el nuevo número de cliente.</translation>
        </message>
        <message>
            <source>Enter a web address starting with https://.</source>
            <translation>Ingrese una dirección web que empiece por https://.</translation>
        </message>
        <message>
            <source>Between 0 and 99 dependants.</source>
            <translation>Entre 0 y 99 personas a cargo.</translation>
        </message>
    </context>
    <context>
        <name>ObpCustomerUpdateTab</name>
        <message>
            <source>What to update</source>
            <translation>Qué actualizar</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Cupo de crédito</translation>
        </message>
        <message>
            <source>Credit rating and source</source>
            <translation>Calificación crediticia y fuente</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Identity data (name, date of birth, title, suffix)</source>
            <translation>Datos de identidad (nombre, fecha de nacimiento, título, sufijo)</translation>
        </message>
        <message>
            <source>Mobile number</source>
            <translation>Número de celular</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Número de cliente</translation>
        </message>
        <message>
            <source>Other data (picture, relationship, dependants, education, employment)</source>
            <translation>Otros datos (foto, estado civil, personas a cargo, educación, empleo)</translation>
        </message>
        <message>
            <source>Update:</source>
            <translation>Actualizar:</translation>
        </message>
        <message>
            <source>New branch id</source>
            <translation>Nuevo id de oficina</translation>
        </message>
        <message>
            <source>New credit limit currency</source>
            <translation>Nueva moneda del cupo de crédito</translation>
        </message>
        <message>
            <source>New credit limit amount</source>
            <translation>Nuevo monto del cupo de crédito</translation>
        </message>
        <message>
            <source>New credit rating</source>
            <translation>Nueva calificación crediticia</translation>
        </message>
        <message>
            <source>New credit rating source</source>
            <translation>Nueva fuente de la calificación crediticia</translation>
        </message>
        <message>
            <source>New e-mail</source>
            <translation>Nuevo correo electrónico</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Nombre legal</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Sufijo del nombre</translation>
        </message>
        <message>
            <source>New mobile phone number</source>
            <translation>Nuevo número de celular</translation>
        </message>
        <message>
            <source>New customer number</source>
            <translation>Nuevo número de cliente</translation>
        </message>
        <message>
            <source>Face image URL</source>
            <translation>URL de la imagen del rostro</translation>
        </message>
        <message>
            <source>Face image date</source>
            <translation>Fecha de la imagen del rostro</translation>
        </message>
        <message>
            <source>Relationship status</source>
            <translation>Estado civil</translation>
        </message>
        <message>
            <source>Number of dependants</source>
            <translation>Número de personas a cargo</translation>
        </message>
        <message>
            <source>Highest education attained</source>
            <translation>Máximo nivel educativo alcanzado</translation>
        </message>
        <message>
            <source>Employment status</source>
            <translation>Situación laboral</translation>
        </message>
        <message>
            <source>Branch id:</source>
            <translation>Id de la oficina:</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Moneda:</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Monto:</translation>
        </message>
        <message>
            <source>Rating:</source>
            <translation>Calificación:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Fuente:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>Correo electrónico:</translation>
        </message>
        <message>
            <source>Legal name:</source>
            <translation>Nombre legal:</translation>
        </message>
        <message>
            <source>Date of birth:</source>
            <translation>Fecha de nacimiento:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Tratamiento:</translation>
        </message>
        <message>
            <source>Name suffix:</source>
            <translation>Sufijo del nombre:</translation>
        </message>
        <message>
            <source>Mobile phone:</source>
            <translation>Celular:</translation>
        </message>
        <message>
            <source>Customer number:</source>
            <translation>Número de cliente:</translation>
        </message>
        <message>
            <source>Face image URL:</source>
            <translation>URL de la imagen del rostro:</translation>
        </message>
        <message>
            <source>Image date:</source>
            <translation>Fecha de la imagen:</translation>
        </message>
        <message>
            <source>Relationship status:</source>
            <translation>Estado civil:</translation>
        </message>
        <message>
            <source>Dependants:</source>
            <translation>Personas a cargo:</translation>
        </message>
        <message>
            <source>Education:</source>
            <translation>Nivel educativo:</translation>
        </message>
        <message>
            <source>Employment status:</source>
            <translation>Situación laboral:</translation>
        </message>
        <message>
            <source>Send update</source>
            <translation>Enviar actualización</translation>
        </message>
        <message>
            <source>Sending the update…</source>
            <translation>Enviando la actualización…</translation>
        </message>
        <message>
            <source>Updated: %1 of %2.</source>
            <translation>Actualizado: %1 de %2.</translation>
        </message>
    </context>
    <context>
        <name>ObpCustomersForm</name>
        <message>
            <source>OBP customers</source>
            <translation>Clientes OBP</translation>
        </message>
        <message>
            <source>Open Bank Project customers</source>
            <translation>Clientes de Open Bank Project</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Procesando</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Press Esc to cancel.</source>
            <translation>Presione Esc para cancelar.</translation>
        </message>
        <message>
            <source>OBP customer tasks</source>
            <translation>Tareas de clientes OBP</translation>
        </message>
        <message>
            <source>&amp;Create customer</source>
            <translation>&amp;Crear cliente</translation>
        </message>
        <message>
            <source>F&amp;ind</source>
            <translation>B&amp;uscar</translation>
        </message>
        <message>
            <source>Li&amp;sts</source>
            <translation>&amp;Listas</translation>
        </message>
        <message>
            <source>Cus&amp;tomer</source>
            <translation>Clien&amp;te</translation>
        </message>
        <message>
            <source>Create, find and update a bank's customers in the Open Bank Project platform. Log in with your OBP user first.</source>
            <translation>Cree, busque y actualice los clientes de un banco en la plataforma Open Bank Project. Primero inicie sesión con su usuario OBP.</translation>
        </message>
    </context>
    <context>
        <name>ObpDirectLogin</name>
        <message>
            <source>Cannot contain a double quote or a comma.</source>
            <translation>No puede contener comillas dobles ni comas.</translation>
        </message>
        <message>
            <source>Enter your OBP user name.</source>
            <translation>Ingrese su nombre de usuario de OBP.</translation>
        </message>
        <message>
            <source>Enter your OBP password.</source>
            <translation>Ingrese su clave de OBP.</translation>
        </message>
        <message>
            <source>Enter the consumer key of this application.</source>
            <translation>Ingrese la clave de consumidor (consumer key) de esta aplicación.</translation>
        </message>
    </context>
    <context>
        <name>ObpFindCustomerTab</name>
        <message>
            <source>By CUSTOMER_ID</source>
            <translation>Por CUSTOMER_ID</translation>
        </message>
        <message>
            <source>By customer &amp;number</source>
            <translation>Por &amp;número de cliente</translation>
        </message>
        <message>
            <source>Customer id or number to find</source>
            <translation>Id o número del cliente a buscar</translation>
        </message>
        <message>
            <source>5987953</source>
            <translation>5987953</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>Val&amp;or:</translation>
        </message>
        <message>
            <source>Fin&amp;d</source>
            <translation>Busca&amp;r</translation>
        </message>
        <message>
            <source>Needs the role CanGetCustomer at the chosen bank. The customer opens in the Customer tab.</source>
            <translation>Requiere el rol CanGetCustomer en el banco elegido. El cliente se abre en la pestaña Cliente.</translation>
        </message>
        <message>
            <source>Enter the CUSTOMER_ID.</source>
            <translation>Ingrese el CUSTOMER_ID.</translation>
        </message>
        <message>
            <source>Enter the customer number.</source>
            <translation>Ingrese el número de cliente.</translation>
        </message>
        <message>
            <source>Looking the customer up…</source>
            <translation>Consultando el cliente…</translation>
        </message>
        <message>
            <source>Found %1 (customer number %2).</source>
            <translation>Se encontró %1 (número de cliente %2).</translation>
        </message>
    </context>
    <context>
        <name>ObpFormContext</name>
        <message>
            <source>Your OBP user</source>
            <translation>Su usuario de OBP</translation>
        </message>
        <message>
            <source>The OBP user %1</source>
            <translation>El usuario de OBP %1</translation>
        </message>
        <message>
            <source>%1 lacks the role %2 at bank %3. Ask your OBP administrator to grant it, then log in again.</source>
            <translation>%1 no tiene el rol %2 en el banco %3. Solicite a su administrador de OBP que se lo asigne y luego inicie sesión de nuevo.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
        <message>
            <source>No answer from Open Bank Project: the change may or may not have been made. Look it up (Find or Lists) before trying once more; nothing is sent again by itself.</source>
            <translation>Sin respuesta de Open Bank Project: es posible que el cambio se haya realizado o no. Verifíquelo (Buscar o Listas) antes de intentar de nuevo; nada se vuelve a enviar automáticamente.</translation>
        </message>
    </context>
    <context>
        <name>ObpSocialMediaHandle</name>
        <message>
            <source>The customer number is missing: look the customer up first.</source>
            <translation>Falta el número de cliente: primero consulte el cliente.</translation>
        </message>
        <message>
            <source>Enter the network, e.g. twitter.</source>
            <translation>Ingrese la red, p. ej. twitter.</translation>
        </message>
        <message>
            <source>Enter the handle, e.g. @eveline.</source>
            <translation>Ingrese la cuenta de red social, p. ej. @eveline.</translation>
        </message>
        <message>
            <source>At most %1 characters.</source>
            <translation>Máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>Enter the date the handle was added.</source>
            <translation>Ingrese la fecha de registro de la cuenta de red social.</translation>
        </message>
        <message>
            <source>Enter the date the handle was activated.</source>
            <translation>Ingrese la fecha de activación de la cuenta de red social.</translation>
        </message>
    </context>
    <context>
        <name>ObpSocialMediaTab</name>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Handle</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Registrada</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Activada</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Número de cliente</translation>
        </message>
        <message>
            <source>Social media handles</source>
            <translation>Cuentas de redes sociales</translation>
        </message>
        <message>
            <source>Social network</source>
            <translation>Red social</translation>
        </message>
        <message>
            <source>@eveline</source>
            <translation>@eveline</translation>
        </message>
        <message>
            <source>Date added</source>
            <translation>Fecha de registro</translation>
        </message>
        <message>
            <source>Date activated</source>
            <translation>Fecha de activación</translation>
        </message>
        <message>
            <source>Netwo&amp;rk:</source>
            <translation>&amp;Red:</translation>
        </message>
        <message>
            <source>Handle:</source>
            <translation>Cuenta:</translation>
        </message>
        <message>
            <source>Date added:</source>
            <translation>Fecha de registro:</translation>
        </message>
        <message>
            <source>Date activated:</source>
            <translation>Fecha de activación:</translation>
        </message>
        <message>
            <source>Add handle</source>
            <translation>Agregar cuenta de red social</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Loading social media handles…</source>
            <translation>Cargando cuentas de redes sociales…</translation>
        </message>
        <message>
            <source>Adding the handle…</source>
            <translation>Agregando la cuenta de red social…</translation>
        </message>
        <message>
            <source>Handle %1 (%2) added.</source>
            <translation>Se agregó la cuenta %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>ObpTaxResidenceRequest</name>
        <message>
            <source>Enter the tax domain (country or authority).</source>
            <translation>Ingrese el dominio fiscal (país o autoridad).</translation>
        </message>
        <message>
            <source>Enter the tax number.</source>
            <translation>Ingrese el número tributario.</translation>
        </message>
        <message>
            <source>At most %1 characters.</source>
            <translation>Máximo %1 caracteres.</translation>
        </message>
    </context>
    <context>
        <name>ObpTaxResidencesTab</name>
        <message>
            <source>Domain</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <source>Tax number</source>
            <translation>Número tributario</translation>
        </message>
        <message>
            <source>TAX_RESIDENCE_ID</source>
            <translation>TAX_RESIDENCE_ID</translation>
        </message>
        <message>
            <source>Tax residences</source>
            <translation>Residencias fiscales</translation>
        </message>
        <message>
            <source>Tax domain</source>
            <translation>Dominio fiscal</translation>
        </message>
        <message>
            <source>DE</source>
            <translation>DE</translation>
        </message>
        <message>
            <source>Domain:</source>
            <translation>Dominio:</translation>
        </message>
        <message>
            <source>Tax number:</source>
            <translation>Número tributario:</translation>
        </message>
        <message>
            <source>Add tax residence</source>
            <translation>Agregar residencia fiscal</translation>
        </message>
        <message>
            <source>Delete selected…</source>
            <translation>Eliminar seleccionada…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Loading tax residences…</source>
            <translation>Cargando residencias fiscales…</translation>
        </message>
        <message>
            <source>Adding the tax residence…</source>
            <translation>Agregando la residencia fiscal…</translation>
        </message>
        <message>
            <source>Tax residence added: %1 %2.</source>
            <translation>Residencia fiscal agregada: %1 %2.</translation>
        </message>
        <message>
            <source>Delete tax residence</source>
            <translation>Eliminar residencia fiscal</translation>
        </message>
        <message>
            <source>Delete the tax residence "%1" of %2?</source>
            <translation>¿Eliminar la residencia fiscal "%1" de %2?</translation>
        </message>
        <message>
            <source>Nothing was deleted.</source>
            <translation>No se eliminó nada.</translation>
        </message>
        <message>
            <source>Deleting the tax residence…</source>
            <translation>Eliminando la residencia fiscal…</translation>
        </message>
        <message>
            <source>Tax residence deleted: %1.</source>
            <translation>Residencia fiscal eliminada: %1.</translation>
        </message>
    </context>
    <context>
        <name>ObpUserCustomerLinkRequest</name>
        <message>
            <source>Enter the USER_ID of the OBP user to link.</source>
            <translation>Ingrese el USER_ID del usuario de OBP que desea vincular.</translation>
        </message>
        <message>
            <source>Look the customer up first.</source>
            <translation>Primero consulte el cliente.</translation>
        </message>
    </context>
    <context>
        <name>ObpUserLinkTab</name>
        <message>
            <source>USER_ID of the OBP user to link</source>
            <translation>USER_ID del usuario de OBP a vincular</translation>
        </message>
        <message>
            <source>9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1</source>
            <translation>9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1</translation>
        </message>
        <message>
            <source>USER_ID:</source>
            <translation>USER_ID:</translation>
        </message>
        <message>
            <source>Link user to customer</source>
            <translation>Vincular usuario al cliente</translation>
        </message>
        <message>
            <source>Needs CanCreateUserCustomerLink (or ...AtAnyBank). The linked user then sees this customer under "My customers".</source>
            <translation>Requiere CanCreateUserCustomerLink (o ...AtAnyBank). Luego, el usuario vinculado ve este cliente en "My customers".</translation>
        </message>
        <message>
            <source>Linking…</source>
            <translation>Vinculando…</translation>
        </message>
        <message>
            <source>Link %1: user %2 ↔ customer %3, active: %4.</source>
            <translation>Vínculo %1: usuario %2 ↔ cliente %3, activo: %4.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>User %1 linked to %2.</source>
            <translation>Usuario %1 vinculado a %2.</translation>
        </message>
    </context>
    <context>
        <name>OneTimeCodeRequest</name>
        <message>
            <source>Give the cellphone or the email the code goes to.</source>
            <translation>Indique el celular o el correo electrónico al que se enviará el código.</translation>
        </message>
    </context>
    <context>
        <name>OneTimeCodesForm</name>
        <message>
            <source>One-time codes</source>
            <translation>Códigos de un solo uso</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Identification &amp;type:</source>
            <translation>&amp;Tipo de identificación:</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>&amp;Número de identificación:</translation>
        </message>
        <message>
            <source>Withdrawal without card: OTP</source>
            <translation>Retiro sin tarjeta: OTP</translation>
        </message>
        <message>
            <source>Account to debit</source>
            <translation>Cuenta a debitar</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>C&amp;uenta:</translation>
        </message>
        <message>
            <source>Amount in pesos</source>
            <translation>Valor en pesos</translation>
        </message>
        <message>
            <source>A&amp;mount (COP):</source>
            <translation>&amp;Valor (COP):</translation>
        </message>
        <message>
            <source>OTC purpose id</source>
            <translation>Id de propósito OTC</translation>
        </message>
        <message>
            <source>OTC &amp;purpose id:</source>
            <translation>Id de propósito &amp;OTC:</translation>
        </message>
        <message>
            <source>&amp;Request OTP</source>
            <translation>&amp;Solicitar OTP</translation>
        </message>
        <message>
            <source>One-time password</source>
            <translation>Clave de un solo uso</translation>
        </message>
        <message>
            <source>&amp;Done: hide the OTP</source>
            <translation>&amp;Listo: ocultar la OTP</translation>
        </message>
        <message>
            <source>One-time code with a purpose</source>
            <translation>Código de un solo uso con propósito</translation>
        </message>
        <message>
            <source>Purpose of the code</source>
            <translation>Propósito del código</translation>
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation>&amp;Propósito:</translation>
        </message>
        <message>
            <source>Cellphone the code goes to</source>
            <translation>Celular al que se envía el código</translation>
        </message>
        <message>
            <source>Cell&amp;phone:</source>
            <translation>Ce&amp;lular:</translation>
        </message>
        <message>
            <source>Code the customer received</source>
            <translation>Código que recibió el cliente</translation>
        </message>
        <message>
            <source>Code &amp;received:</source>
            <translation>Código reci&amp;bido:</translation>
        </message>
        <message>
            <source>&amp;Generate code</source>
            <translation>Generar códig&amp;o</translation>
        </message>
        <message>
            <source>&amp;Validate code</source>
            <translation>&amp;Validar código</translation>
        </message>
        <message numerus="yes">
            <source>Read the OTP to the customer now. It is shown once and disappears in %n second(s).</source>
            <translation>
                <numerusform>Léale la OTP al cliente ahora. Se muestra una sola vez y desaparece en %n segundo.</numerusform>
                <numerusform>Léale la OTP al cliente ahora. Se muestra una sola vez y desaparece en %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The OTP is hidden. If the customer lost it, request a new one.</source>
            <translation>La OTP está oculta. Si el cliente la perdió, solicite una nueva.</translation>
        </message>
        <message>
            <source>The code is valid.</source>
            <translation>El código es válido.</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para soporte: %1</translation>
        </message>
        <message>
            <source>The code was sent to the customer. Type it under “Code received” to validate it.</source>
            <translation>Se envió el código al cliente. Escríbalo en “Código recibido” para validarlo.</translation>
        </message>
        <message>
            <source>Kinds of one-time code</source>
            <translation>Tipos de código de un solo uso</translation>
        </message>
        <message>
            <source>Withdrawal &amp;OTP</source>
            <translation>OTP de &amp;retiro</translation>
        </message>
        <message>
            <source>Code with a purpo&amp;se</source>
            <translation>Códi&amp;go con propósito</translation>
        </message>
        <message>
            <source>&amp;Correspondent payout</source>
            <translation>Pago en &amp;corresponsal</translation>
        </message>
        <message>
            <source>Generate one-time codes for a customer's operation (a cardless withdrawal, a code with a purpose or a correspondent payout) and validate the codes the customer gives.</source>
            <translation>Genere códigos de un solo uso para una operación del cliente (retiro sin tarjeta, código con propósito o pago en corresponsal) y valide los códigos que el cliente entregue.</translation>
        </message>
    </context>
    <context>
        <name>OperationNames</name>
        <message>
            <source>Customer basic data (v1)</source>
            <translation>Datos básicos del cliente (v1)</translation>
        </message>
        <message>
            <source>Customer basic data (v2)</source>
            <translation>Datos básicos del cliente (v2)</translation>
        </message>
        <message>
            <source>Customer basic data</source>
            <translation>Datos básicos del cliente</translation>
        </message>
        <message>
            <source>Create customer and account</source>
            <translation>Creación de cliente y cuenta</translation>
        </message>
        <message>
            <source>Create customer: outcome unknown</source>
            <translation>Creación de cliente: resultado desconocido</translation>
        </message>
        <message>
            <source>Create customer: outcome resolved</source>
            <translation>Creación de cliente: resultado aclarado</translation>
        </message>
        <message>
            <source>Customer locations</source>
            <translation>Ubicaciones del cliente</translation>
        </message>
        <message>
            <source>Data-protection consent</source>
            <translation>Autorización de tratamiento de datos</translation>
        </message>
        <message>
            <source>Register customer payee</source>
            <translation>Registro de beneficiario de pagos</translation>
        </message>
        <message>
            <source>General insurance: issuing</source>
            <translation>Seguros generales: expedición</translation>
        </message>
        <message>
            <source>General insurance: quote</source>
            <translation>Seguros generales: cotización</translation>
        </message>
        <message>
            <source>General insurance: simulation</source>
            <translation>Seguros generales: simulación</translation>
        </message>
        <message>
            <source>Create insurance case</source>
            <translation>Creación de caso de asegurabilidad</translation>
        </message>
        <message>
            <source>Life insurance: certificate</source>
            <translation>Seguro de vida: certificado</translation>
        </message>
        <message>
            <source>Life insurance: issuing</source>
            <translation>Seguro de vida: expedición</translation>
        </message>
        <message>
            <source>Life insurance: quote</source>
            <translation>Seguro de vida: cotización</translation>
        </message>
        <message>
            <source>Life insurance: simulation</source>
            <translation>Seguro de vida: simulación</translation>
        </message>
        <message>
            <source>Insurance case: submit status</source>
            <translation>Caso de asegurabilidad: envío de estado</translation>
        </message>
        <message>
            <source>Insurance case: update status</source>
            <translation>Caso de asegurabilidad: actualización de estado</translation>
        </message>
        <message>
            <source>Challenge: authentication channel</source>
            <translation>Reto: canal de autenticación</translation>
        </message>
        <message>
            <source>Challenge: authentication level</source>
            <translation>Reto: nivel de autenticación</translation>
        </message>
        <message>
            <source>Transaction challenge (v1)</source>
            <translation>Reto transaccional (v1)</translation>
        </message>
        <message>
            <source>Transaction challenge: answer</source>
            <translation>Reto transaccional: respuesta</translation>
        </message>
        <message>
            <source>Transaction challenge: start</source>
            <translation>Reto transaccional: inicio</translation>
        </message>
        <message>
            <source>Channel holds</source>
            <translation>Bloqueos de canal</translation>
        </message>
        <message>
            <source>Lock channel</source>
            <translation>Bloqueo de canal</translation>
        </message>
        <message>
            <source>Unlock channel</source>
            <translation>Desbloqueo de canal</translation>
        </message>
        <message>
            <source>Digital enrollment</source>
            <translation>Enrolamiento digital</translation>
        </message>
        <message>
            <source>Digital enrollment: validation</source>
            <translation>Enrolamiento digital: validación</translation>
        </message>
        <message>
            <source>Enrollment validation</source>
            <translation>Validación de enrolamiento</translation>
        </message>
        <message>
            <source>Generate one-time code (v1)</source>
            <translation>Generación de código de un solo uso (v1)</translation>
        </message>
        <message>
            <source>Generate one-time code</source>
            <translation>Generación de código de un solo uso</translation>
        </message>
        <message>
            <source>Validate one-time code</source>
            <translation>Validación de código de un solo uso</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Cambio de clave</translation>
        </message>
        <message>
            <source>Password recovery validation</source>
            <translation>Validación de recuperación de clave</translation>
        </message>
        <message>
            <source>Password status</source>
            <translation>Estado de la clave</translation>
        </message>
        <message>
            <source>Lock password</source>
            <translation>Bloqueo de clave</translation>
        </message>
        <message>
            <source>Unlock password</source>
            <translation>Desbloqueo de clave</translation>
        </message>
        <message>
            <source>Create user</source>
            <translation>Creación de usuario</translation>
        </message>
        <message>
            <source>Recover password</source>
            <translation>Recuperación de clave</translation>
        </message>
        <message>
            <source>Withdrawal without card: OTP</source>
            <translation>Retiro sin tarjeta: OTP</translation>
        </message>
        <message>
            <source>Correspondent withdrawal OTP</source>
            <translation>OTP de retiro en corresponsal</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Sesión terminada</translation>
        </message>
        <message>
            <source>Session locked</source>
            <translation>Sesión bloqueada</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <source>Session unlocked</source>
            <translation>Sesión desbloqueada</translation>
        </message>
        <message>
            <source>Customer contact and financial data</source>
            <translation>Datos de contacto y financieros del cliente</translation>
        </message>
        <message>
            <source>Remittance customer profile</source>
            <translation>Perfil de cliente de remesas</translation>
        </message>
        <message>
            <source>Name by account</source>
            <translation>Nombre del titular por cuenta</translation>
        </message>
        <message>
            <source>Correspondent: consult owner</source>
            <translation>Corresponsal: consulta de titular</translation>
        </message>
        <message>
            <source>Correspondent: consult PILA</source>
            <translation>Corresponsal: consulta PILA</translation>
        </message>
        <message>
            <source>Digital bank intake</source>
            <translation>Sincronización con el banco digital</translation>
        </message>
        <message>
            <source>Digital bank intake from a file</source>
            <translation>Sincronización con el banco digital desde archivo</translation>
        </message>
        <message>
            <source>Itau customer by account</source>
            <translation>Cliente Itau por cuenta</translation>
        </message>
        <message>
            <source>OBP: log in</source>
            <translation>OBP: inicio de sesión</translation>
        </message>
        <message>
            <source>OBP: create customer</source>
            <translation>OBP: creación de cliente</translation>
        </message>
        <message>
            <source>OBP: customer by id</source>
            <translation>OBP: cliente por id</translation>
        </message>
        <message>
            <source>OBP: customer by number</source>
            <translation>OBP: cliente por número</translation>
        </message>
        <message>
            <source>OBP: my customers</source>
            <translation>OBP: mis clientes</translation>
        </message>
        <message>
            <source>OBP: my customers at the bank</source>
            <translation>OBP: mis clientes en el banco</translation>
        </message>
        <message>
            <source>OBP: firehose customers</source>
            <translation>OBP: firehose de clientes</translation>
        </message>
        <message>
            <source>OBP: link user to customer</source>
            <translation>OBP: vínculo de usuario con cliente</translation>
        </message>
        <message>
            <source>OBP: add address</source>
            <translation>OBP: nueva dirección</translation>
        </message>
        <message>
            <source>OBP: addresses</source>
            <translation>OBP: direcciones</translation>
        </message>
        <message>
            <source>OBP: update address</source>
            <translation>OBP: actualización de dirección</translation>
        </message>
        <message>
            <source>OBP: delete address</source>
            <translation>OBP: eliminación de dirección</translation>
        </message>
        <message>
            <source>OBP: add tax residence</source>
            <translation>OBP: nueva residencia fiscal</translation>
        </message>
        <message>
            <source>OBP: tax residences</source>
            <translation>OBP: residencias fiscales</translation>
        </message>
        <message>
            <source>OBP: delete tax residence</source>
            <translation>OBP: eliminación de residencia fiscal</translation>
        </message>
        <message>
            <source>OBP: add social media handle</source>
            <translation>OBP: nueva cuenta de red social</translation>
        </message>
        <message>
            <source>OBP: social media handles</source>
            <translation>OBP: cuentas de redes sociales</translation>
        </message>
        <message>
            <source>OBP: CRM events</source>
            <translation>OBP: eventos CRM</translation>
        </message>
        <message>
            <source>OBP: update branch</source>
            <translation>OBP: actualización de oficina</translation>
        </message>
        <message>
            <source>OBP: update credit limit</source>
            <translation>OBP: actualización de cupo de crédito</translation>
        </message>
        <message>
            <source>OBP: update credit rating</source>
            <translation>OBP: actualización de calificación crediticia</translation>
        </message>
        <message>
            <source>OBP: update e-mail</source>
            <translation>OBP: actualización de correo electrónico</translation>
        </message>
        <message>
            <source>OBP: update identity</source>
            <translation>OBP: actualización de identidad</translation>
        </message>
        <message>
            <source>OBP: update mobile number</source>
            <translation>OBP: actualización de celular</translation>
        </message>
        <message>
            <source>OBP: update customer number</source>
            <translation>OBP: actualización de número de cliente</translation>
        </message>
        <message>
            <source>OBP: update other data</source>
            <translation>OBP: actualización de otros datos</translation>
        </message>
    </context>
    <context>
        <name>OperatorPin</name>
        <message>
            <source>Enter a PIN of %1 to %2 digits.</source>
            <translation>Ingrese un PIN de %1 a %2 dígitos.</translation>
        </message>
        <message>
            <source>The PIN can only contain digits.</source>
            <translation>El PIN solo puede contener dígitos.</translation>
        </message>
        <message>
            <source>The PIN must have %1 to %2 digits.</source>
            <translation>El PIN debe tener de %1 a %2 dígitos.</translation>
        </message>
        <message>
            <source>The PIN cannot be one digit repeated; choose one that is harder to guess.</source>
            <translation>El PIN no puede ser un mismo dígito repetido; elija uno más difícil de adivinar.</translation>
        </message>
        <message>
            <source>The PIN cannot be a sequence of consecutive digits; choose one that is harder to guess.</source>
            <translation>El PIN no puede ser una secuencia de dígitos consecutivos; elija uno más difícil de adivinar.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPolicy</name>
        <message>
            <source>Use between %1 and %2 characters.</source>
            <translation>Use entre %1 y %2 caracteres.</translation>
        </message>
        <message>
            <source>It must not be the identification number.</source>
            <translation>No debe ser el número de identificación.</translation>
        </message>
        <message>
            <source>It must not repeat one character only.</source>
            <translation>No debe ser un mismo carácter repetido.</translation>
        </message>
        <message>
            <source>No more than %1 repeated or consecutive characters in a row (like 1111 or 1234).</source>
            <translation>No más de %1 caracteres repetidos o consecutivos seguidos (como 1111 o 1234).</translation>
        </message>
        <message>
            <source>Letters and digits only: no special characters or spaces.</source>
            <translation>Solo letras y dígitos: sin caracteres especiales ni espacios.</translation>
        </message>
        <message>
            <source>It must not start with 0.</source>
            <translation>No debe empezar por 0.</translation>
        </message>
        <message>
            <source>It must not be digits only.</source>
            <translation>No debe tener solo dígitos.</translation>
        </message>
        <message>
            <source>It must not be letters only.</source>
            <translation>No debe tener solo letras.</translation>
        </message>
        <message>
            <source>It must differ from the current password.</source>
            <translation>Debe ser diferente de la clave actual.</translation>
        </message>
        <message>
            <source>Mix letters and digits.</source>
            <translation>Combine letras y dígitos.</translation>
        </message>
    </context>
    <context>
        <name>PasswordStatusChange</name>
        <message>
            <source>At most %1 characters.</source>
            <translation>Máximo %1 caracteres.</translation>
        </message>
    </context>
    <context>
        <name>PasswordStatusForm</name>
        <message>
            <source>Password status</source>
            <translation>Estado de la clave</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>By &amp;identification</source>
            <translation>Por &amp;identificación</translation>
        </message>
        <message>
            <source>By user &amp;alias</source>
            <translation>Por alias de &amp;usuario</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>&amp;Número de identificación:</translation>
        </message>
        <message>
            <source>User alias</source>
            <translation>Alias de usuario</translation>
        </message>
        <message>
            <source>User a&amp;lias:</source>
            <translation>A&amp;lias de usuario:</translation>
        </message>
        <message>
            <source>&amp;Consult</source>
            <translation>&amp;Consultar</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Cambiar clave</translation>
        </message>
        <message>
            <source>Current password (hidden)</source>
            <translation>Clave actual (oculta)</translation>
        </message>
        <message>
            <source>New password (hidden)</source>
            <translation>Clave nueva (oculta)</translation>
        </message>
        <message>
            <source>C&amp;urrent password:</source>
            <translation>Clave ac&amp;tual:</translation>
        </message>
        <message>
            <source>New pa&amp;ssword:</source>
            <translation>Clave nue&amp;va:</translation>
        </message>
        <message>
            <source>Chan&amp;ge password</source>
            <translation>Ca&amp;mbiar clave</translation>
        </message>
        <message>
            <source>✗ %1 (bank rule %2)</source>
            <translation>✗ %1 (regla del banco %2)</translation>
        </message>
        <message>
            <source>✓ The new password meets the bank's policy.</source>
            <translation>✓ La clave nueva cumple la política del banco.</translation>
        </message>
        <message>
            <source>The password was changed.</source>
            <translation>Se cambió la clave.</translation>
        </message>
        <message>
            <source>Enter the user alias.</source>
            <translation>Ingrese el alias de usuario.</translation>
        </message>
        <message>
            <source>Locked (%1)</source>
            <translation>Bloqueada (%1)</translation>
        </message>
        <message>
            <source>Active (%1)</source>
            <translation>Activa (%1)</translation>
        </message>
        <message>
            <source>Cellphone %1 · email %2</source>
            <translation>Celular %1 · correo %2</translation>
        </message>
        <message>
            <source>&amp;Unlock password…</source>
            <translation>&amp;Desbloquear clave…</translation>
        </message>
        <message>
            <source>L&amp;ock password…</source>
            <translation>&amp;Bloquear clave…</translation>
        </message>
        <message>
            <source>Lock password</source>
            <translation>Bloquear clave</translation>
        </message>
        <message>
            <source>Unlock password</source>
            <translation>Desbloquear clave</translation>
        </message>
        <message>
            <source>Lock the password of customer %1 %2?</source>
            <translation>¿Bloquear la clave del cliente %1 %2?</translation>
        </message>
        <message>
            <source>Unlock the password of customer %1 %2?</source>
            <translation>¿Desbloquear la clave del cliente %1 %2?</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
        <message>
            <source>Consult a customer to see whether their password is active or locked.</source>
            <translation>Consulte un cliente para ver si su clave está activa o bloqueada.</translation>
        </message>
        <message>
            <source>Check whether a customer's password is locked, lock or unlock it, and let the customer change it.</source>
            <translation>Verifique si la clave del cliente está bloqueada, bloquéela o desbloquéela, y permita que el cliente la cambie.</translation>
        </message>
    </context>
    <context>
        <name>PasswordStatusQuery</name>
        <message>
            <source>Choose natural or legal person.</source>
            <translation>Elija persona natural o jurídica.</translation>
        </message>
    </context>
    <context>
        <name>PaymentPart</name>
        <message>
            <source>Payment</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>B&amp;y card</source>
            <translation>Con &amp;tarjeta</translation>
        </message>
        <message>
            <source>By acco&amp;unt debit</source>
            <translation>C&amp;on débito a cuenta</translation>
        </message>
        <message>
            <source>Card's bank</source>
            <translation>Banco de la tarjeta</translation>
        </message>
        <message>
            <source>Card type</source>
            <translation>Tipo de tarjeta</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Número de tarjeta</translation>
        </message>
        <message>
            <source>12 to 19 digits; masked once entered</source>
            <translation>De 12 a 19 dígitos; se enmascara una vez ingresado</translation>
        </message>
        <message>
            <source>Card expiry (MM/YY)</source>
            <translation>Vencimiento de la tarjeta (MM/AA)</translation>
        </message>
        <message>
            <source>MM/YY</source>
            <translation>MM/AA</translation>
        </message>
        <message>
            <source>Debit day of the month</source>
            <translation>Día de débito del mes</translation>
        </message>
        <message>
            <source>Ban&amp;k:</source>
            <translation>Ba&amp;nco:</translation>
        </message>
        <message>
            <source>Card ty&amp;pe:</source>
            <translation>Ti&amp;po de tarjeta:</translation>
        </message>
        <message>
            <source>Card nu&amp;mber:</source>
            <translation>Número &amp;de tarjeta:</translation>
        </message>
        <message>
            <source>E&amp;xpiry:</source>
            <translation>Venci&amp;miento:</translation>
        </message>
        <message>
            <source>Debi&amp;t day:</source>
            <translation>Día de déb&amp;ito:</translation>
        </message>
        <message>
            <source>Account's bank</source>
            <translation>Banco de la cuenta</translation>
        </message>
        <message>
            <source>Account type</source>
            <translation>Tipo de cuenta</translation>
        </message>
        <message>
            <source>1 — Savings</source>
            <translation>1 — Ahorros</translation>
        </message>
        <message>
            <source>2 — Checking</source>
            <translation>2 — Corriente</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>Número de cuenta</translation>
        </message>
        <message>
            <source>Bank:</source>
            <translation>Banco:</translation>
        </message>
        <message>
            <source>Account type:</source>
            <translation>Tipo de cuenta:</translation>
        </message>
        <message>
            <source>Account number:</source>
            <translation>Número de cuenta:</translation>
        </message>
        <message>
            <source>Debit day:</source>
            <translation>Día de débito:</translation>
        </message>
    </context>
    <context>
        <name>PilaQuery</name>
        <message>
            <source>Enter the account to credit (digits only).</source>
            <translation>Ingrese la cuenta a acreditar (solo dígitos).</translation>
        </message>
        <message>
            <source>Enter the form number (digits only).</source>
            <translation>Ingrese el número de planilla (solo dígitos).</translation>
        </message>
        <message>
            <source>Enter the contributor's NIT (digits only, without the check digit).</source>
            <translation>Ingrese el NIT del aportante (solo dígitos, sin el dígito de verificación).</translation>
        </message>
    </context>
    <context>
        <name>PolicyCodes</name>
        <message>
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Declined (related)</source>
            <translation>Rechazado (relacionado)</translation>
        </message>
        <message>
            <source>Medical exams authorised</source>
            <translation>Exámenes médicos autorizados</translation>
        </message>
        <message>
            <source>Medical exams scheduled</source>
            <translation>Exámenes médicos programados</translation>
        </message>
        <message>
            <source>Medical exams scheduling (CM)</source>
            <translation>Programación de exámenes médicos (CM)</translation>
        </message>
        <message>
            <source>Rating pending</source>
            <translation>Calificación pendiente</translation>
        </message>
        <message>
            <source>In process at the insurer</source>
            <translation>En trámite en la aseguradora</translation>
        </message>
        <message>
            <source>Claim received: analyse and evaluate</source>
            <translation>Reclamación recibida: analizar y evaluar</translation>
        </message>
        <message>
            <source>Claim waiting for documents</source>
            <translation>Reclamación en espera de documentos</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Desistido</translation>
        </message>
        <message>
            <source>Incomplete documents</source>
            <translation>Documentos incompletos</translation>
        </message>
        <message>
            <source>Claim formalised</source>
            <translation>Reclamación formalizada</translation>
        </message>
        <message>
            <source>Time limits interrupted</source>
            <translation>Términos interrumpidos</translation>
        </message>
        <message>
            <source>Evaluation pending</source>
            <translation>Evaluación pendiente</translation>
        </message>
        <message>
            <source>Claim paid</source>
            <translation>Reclamación pagada</translation>
        </message>
        <message>
            <source>Claim objected after 60 days</source>
            <translation>Reclamación objetada después de 60 días</translation>
        </message>
    </context>
    <context>
        <name>PolicyIssuing</name>
        <message>
            <source>This product does not belong to the chosen line.</source>
            <translation>Este producto no pertenece al ramo elegido.</translation>
        </message>
        <message>
            <source>Choose one of the life products.</source>
            <translation>Elija uno de los productos de vida.</translation>
        </message>
        <message>
            <source>Choose the payment frequency.</source>
            <translation>Elija la periodicidad de pago.</translation>
        </message>
        <message>
            <source>Choose the office (city) of the sale.</source>
            <translation>Elija la oficina (ciudad) de la venta.</translation>
        </message>
        <message>
            <source>Quote first: issuing needs the quote code.</source>
            <translation>Cotice primero: la expedición requiere el código de cotización.</translation>
        </message>
        <message>
            <source>Choose a plan.</source>
            <translation>Elija un plan.</translation>
        </message>
        <message>
            <source>Choose the identification type.</source>
            <translation>Elija el tipo de identificación.</translation>
        </message>
        <message>
            <source>Enter the identification number.</source>
            <translation>Ingrese el número de identificación.</translation>
        </message>
        <message>
            <source>Enter the insured's names.</source>
            <translation>Ingrese los nombres del asegurado.</translation>
        </message>
        <message>
            <source>Enter the insured's birth date.</source>
            <translation>Ingrese la fecha de nacimiento del asegurado.</translation>
        </message>
        <message>
            <source>Enter the insured's address.</source>
            <translation>Ingrese la dirección del asegurado.</translation>
        </message>
        <message>
            <source>Enter the city code of the address.</source>
            <translation>Ingrese el código de ciudad de la dirección.</translation>
        </message>
        <message>
            <source>Choose how the premium is paid: card or account.</source>
            <translation>Elija cómo se paga la prima: tarjeta o cuenta.</translation>
        </message>
    </context>
    <context>
        <name>PolicyParts</name>
        <message>
            <source>Choose the card's bank.</source>
            <translation>Elija el banco de la tarjeta.</translation>
        </message>
        <message>
            <source>Choose the card type.</source>
            <translation>Elija el tipo de tarjeta.</translation>
        </message>
        <message>
            <source>Enter the card number: 12 to 19 digits.</source>
            <translation>Ingrese el número de la tarjeta: de 12 a 19 dígitos.</translation>
        </message>
        <message>
            <source>Enter the expiry as MM/YY (for example 02/29); the card must not have expired.</source>
            <translation>Ingrese el vencimiento como MM/AA (por ejemplo, 02/29); la tarjeta no debe estar vencida.</translation>
        </message>
        <message>
            <source>The debit day is 1 to 31.</source>
            <translation>El día de débito va del 1 al 31.</translation>
        </message>
        <message>
            <source>Choose the account's bank.</source>
            <translation>Elija el banco de la cuenta.</translation>
        </message>
        <message>
            <source>Choose the account type.</source>
            <translation>Elija el tipo de cuenta.</translation>
        </message>
        <message>
            <source>Enter the account number (digits only).</source>
            <translation>Ingrese el número de cuenta (solo dígitos).</translation>
        </message>
        <message>
            <source>Add at least one beneficiary.</source>
            <translation>Agregue al menos un beneficiario.</translation>
        </message>
        <message>
            <source>Choose the beneficiary's identification type.</source>
            <translation>Elija el tipo de identificación del beneficiario.</translation>
        </message>
        <message>
            <source>Enter the beneficiary's identification number (digits, up to 15).</source>
            <translation>Ingrese el número de identificación del beneficiario (dígitos, máximo 15).</translation>
        </message>
        <message>
            <source>Enter the beneficiary's first name.</source>
            <translation>Ingrese el nombre del beneficiario.</translation>
        </message>
        <message>
            <source>Enter the beneficiary's last name.</source>
            <translation>Ingrese el apellido del beneficiario.</translation>
        </message>
        <message>
            <source>Choose the relationship to the insured.</source>
            <translation>Elija el parentesco con el asegurado.</translation>
        </message>
        <message>
            <source>Enter a whole percentage from 1 to 100.</source>
            <translation>Ingrese un porcentaje entero de 1 a 100.</translation>
        </message>
        <message>
            <source>The beneficiaries' percentages add up to %1%; they must add up to 100%.</source>
            <translation>Los porcentajes de los beneficiarios suman %1%; deben sumar 100%.</translation>
        </message>
        <message>
            <source>Choose the person type.</source>
            <translation>Elija el tipo de persona.</translation>
        </message>
        <message>
            <source>Choose the identification type.</source>
            <translation>Elija el tipo de identificación.</translation>
        </message>
        <message>
            <source>Enter the identification number (digits, up to 15; passports may have letters).</source>
            <translation>Ingrese el número de identificación (dígitos, máximo 15; los pasaportes pueden tener letras).</translation>
        </message>
        <message>
            <source>Enter the first name.</source>
            <translation>Ingrese el nombre.</translation>
        </message>
        <message>
            <source>Enter the last name.</source>
            <translation>Ingrese el apellido.</translation>
        </message>
        <message>
            <source>Enter a birth date in the past.</source>
            <translation>Ingrese una fecha de nacimiento anterior a hoy.</translation>
        </message>
        <message>
            <source>Choose the gender.</source>
            <translation>Elija el género.</translation>
        </message>
        <message>
            <source>Enter an e-mail address such as name@example.com.</source>
            <translation>Ingrese un correo electrónico como nombre@example.com.</translation>
        </message>
        <message>
            <source>Enter at least one phone number.</source>
            <translation>Ingrese al menos un número de teléfono.</translation>
        </message>
        <message>
            <source>Choose the phone type.</source>
            <translation>Elija el tipo de teléfono.</translation>
        </message>
        <message>
            <source>Enter the country code (1 to 3 digits, 57 for Colombia).</source>
            <translation>Ingrese el indicativo del país (de 1 a 3 dígitos, 57 para Colombia).</translation>
        </message>
        <message>
            <source>Enter the phone number: 7 to 15 digits.</source>
            <translation>Ingrese el número de teléfono: de 7 a 15 dígitos.</translation>
        </message>
        <message>
            <source>Enter the insured capital of the home.</source>
            <translation>Ingrese el valor asegurado de la vivienda.</translation>
        </message>
        <message>
            <source>Enter the address of the insured home.</source>
            <translation>Ingrese la dirección de la vivienda asegurada.</translation>
        </message>
        <message>
            <source>Enter the city code of the insured home.</source>
            <translation>Ingrese el código de la ciudad de la vivienda asegurada.</translation>
        </message>
        <message>
            <source>Enter the year the building was built.</source>
            <translation>Ingrese el año de construcción de la edificación.</translation>
        </message>
        <message>
            <source>Enter the capitalization account code.</source>
            <translation>Ingrese el código de la cuenta de capitalización.</translation>
        </message>
        <message>
            <source>Enter the capitalization amount code.</source>
            <translation>Ingrese el código del monto de capitalización.</translation>
        </message>
        <message>
            <source>The insured percentage is 1 to 100.</source>
            <translation>El porcentaje asegurado va de 1 a 100.</translation>
        </message>
        <message>
            <source>The department code is digits only.</source>
            <translation>El código de departamento solo admite dígitos.</translation>
        </message>
        <message>
            <source>Enter the insurer's code (digits).</source>
            <translation>Ingrese el código de la aseguradora (dígitos).</translation>
        </message>
        <message>
            <source>Enter the number of floors of the building.</source>
            <translation>Ingrese el número de pisos del edificio.</translation>
        </message>
    </context>
    <context>
        <name>PolicyQuote</name>
        <message>
            <source>This product does not belong to the chosen line.</source>
            <translation>Este producto no pertenece al ramo elegido.</translation>
        </message>
        <message>
            <source>Choose one of the life products.</source>
            <translation>Elija uno de los productos de vida.</translation>
        </message>
        <message>
            <source>Choose the payment frequency.</source>
            <translation>Elija la periodicidad de pago.</translation>
        </message>
        <message>
            <source>Choose the office (city) of the sale.</source>
            <translation>Elija la oficina (ciudad) de la venta.</translation>
        </message>
        <message>
            <source>Choose a plan.</source>
            <translation>Elija un plan.</translation>
        </message>
        <message>
            <source>Choose the sale channel (101 to 121).</source>
            <translation>Elija el canal de venta (101 a 121).</translation>
        </message>
    </context>
    <context>
        <name>PolicySimulation</name>
        <message>
            <source>Enter the insured's birth date (dd/mm/yyyy), not in the future.</source>
            <translation>Ingrese la fecha de nacimiento del asegurado (dd/mm/aaaa); no puede ser una fecha futura.</translation>
        </message>
        <message>
            <source>The insured cannot be older than 100 years.</source>
            <translation>El asegurado no puede tener más de 100 años.</translation>
        </message>
        <message>
            <source>Choose a product to simulate.</source>
            <translation>Elija un producto para simular.</translation>
        </message>
        <message>
            <source>Choose one of the life products.</source>
            <translation>Elija uno de los productos de vida.</translation>
        </message>
        <message>
            <source>Choose the sale channel (101 to 121).</source>
            <translation>Elija el canal de venta (101 a 121).</translation>
        </message>
        <message>
            <source>Choose the product line: 1 life, 2 card protection, 3 home.</source>
            <translation>Elija la línea de producto: 1 vida, 2 protección de tarjetas, 3 hogar.</translation>
        </message>
        <message>
            <source>This product does not belong to the chosen line.</source>
            <translation>Este producto no pertenece a la línea elegida.</translation>
        </message>
        <message>
            <source>Choose the payment frequency.</source>
            <translation>Elija la periodicidad de pago.</translation>
        </message>
    </context>
    <context>
        <name>ProfileCodes</name>
        <message>
            <source>Income</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <source>Liabilities</source>
            <translation>Pasivos</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Egresos</translation>
        </message>
        <message>
            <source>Assets</source>
            <translation>Activos</translation>
        </message>
        <message>
            <source>Residence</source>
            <translation>Residencia</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Masculino</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femenino</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <source>This identification has no remittance profile. Check the type and number; the sender may have to register with a remittance partner first.</source>
            <translation>Esta identificación no tiene perfil de remesas. Verifique el tipo y el número; es posible que el remitente deba registrarse primero con un aliado de remesas.</translation>
        </message>
        <message>
            <source>The bank has no contact data for this identification. Check the type and number.</source>
            <translation>El banco no tiene datos de contacto para esta identificación. Verifique el tipo y el número.</translation>
        </message>
        <message>
            <source>The customer's data is incomplete: update it in the Portal Integral, then search again.</source>
            <translation>Los datos del cliente están incompletos: actualícelos en el Portal Integral y luego busque de nuevo.</translation>
        </message>
        <message>
            <source>The bank says this person cannot be linked as a customer (PERSONA NO VINCULABLE).</source>
            <translation>El banco indica que esta persona no se puede vincular como cliente (PERSONA NO VINCULABLE).</translation>
        </message>
        <message>
            <source>The bank flags this person as publicly exposed (PEP): follow the enhanced due diligence procedure.</source>
            <translation>El banco marca a esta persona como persona expuesta públicamente (PEP): siga el procedimiento de debida diligencia intensificada.</translation>
        </message>
        <message>
            <source>The customer is being verified; product openings are suspended for now.</source>
            <translation>El cliente está en verificación; la apertura de productos está suspendida por ahora.</translation>
        </message>
        <message>
            <source>For this identification type the number must contain digits only.</source>
            <translation>Para este tipo de identificación el número solo debe contener dígitos.</translation>
        </message>
    </context>
    <context>
        <name>ProfileExport</name>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>%1
Printed %2

%3</source>
            <translation>%1
Impreso el %2

%3</translation>
        </message>
    </context>
    <context>
        <name>ProfileFields</name>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
    </context>
    <context>
        <name>ProfileSearchBar</name>
        <message>
            <source>Search</source>
            <translation>Búsqueda</translation>
        </message>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>e.g. 1234567890</source>
            <translation>p. ej. 1234567890</translation>
        </message>
        <message>
            <source>Identification &amp;type:</source>
            <translation>&amp;Tipo de identificación:</translation>
        </message>
        <message>
            <source>Identification &amp;number:</source>
            <translation>&amp;Número de identificación:</translation>
        </message>
        <message>
            <source>By &amp;identification</source>
            <translation>Por &amp;identificación</translation>
        </message>
        <message>
            <source>Search by identification</source>
            <translation>Buscar por identificación</translation>
        </message>
        <message>
            <source>By cell&amp;phone</source>
            <translation>Por cel&amp;ular</translation>
        </message>
        <message>
            <source>Search by cellphone</source>
            <translation>Buscar por celular</translation>
        </message>
        <message>
            <source>Cellphone number</source>
            <translation>Número de celular</translation>
        </message>
        <message>
            <source>%1 digits</source>
            <translation>%1 dígitos</translation>
        </message>
        <message>
            <source>&amp;Cellphone:</source>
            <translation>&amp;Celular:</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>Cancel search</source>
            <translation>Cancelar búsqueda</translation>
        </message>
        <message>
            <source>Stop the running reads (Esc)</source>
            <translation>Detener las consultas en curso (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <source>Loading %1</source>
            <translation>Cargando %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Retry %1</source>
            <translation>Reintentar %1</translation>
        </message>
        <message>
            <source>Bank says: "%1".</source>
            <translation>El banco indica: "%1".</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>BranchDesk cannot start</source>
            <translation>BranchDesk no puede iniciar</translation>
        </message>
    </context>
    <context>
        <name>RemittanceAddressTableModel</name>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>State / department</source>
            <translation>Estado / departamento</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Cellphone</source>
            <translation>Celular</translation>
        </message>
    </context>
    <context>
        <name>RemittanceBeneficiaryTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Identificación</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
    </context>
    <context>
        <name>RemittanceLookupForm</name>
        <message>
            <source>Remittance lookup</source>
            <translation>Consulta de remesas</translation>
        </message>
        <message>
            <source>Check the customer of a remittance: identity and document, addresses, beneficiaries, declared financial ranges, consents and status.</source>
            <translation>Consulte el cliente de una remesa: identidad y documento, direcciones, beneficiarios, rangos financieros declarados, autorizaciones y estado.</translation>
        </message>
        <message>
            <source>C&amp;opy</source>
            <translation>C&amp;opiar</translation>
        </message>
        <message>
            <source>Copy the remittance profile</source>
            <translation>Copiar el perfil de remesas</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Imp&amp;rimir…</translation>
        </message>
        <message>
            <source>Print the remittance profile</source>
            <translation>Imprimir el perfil de remesas</translation>
        </message>
        <message>
            <source>Re&amp;veal identity numbers in copy and print</source>
            <translation>&amp;Mostrar números de identidad al copiar e imprimir</translation>
        </message>
        <message>
            <source>Reveal identity numbers</source>
            <translation>Mostrar números de identidad</translation>
        </message>
        <message>
            <source>Off: Copy and Print show only the last four digits of identity numbers.</source>
            <translation>Desactivado: Copiar e Imprimir muestran solo los últimos cuatro dígitos de los números de identidad.</translation>
        </message>
        <message>
            <source>Remittance profile</source>
            <translation>Perfil de remesas</translation>
        </message>
        <message>
            <source>Copied, with full identity numbers.</source>
            <translation>Copiado, con los números de identidad completos.</translation>
        </message>
        <message>
            <source>Copied. Identity numbers are masked.</source>
            <translation>Copiado. Los números de identidad están enmascarados.</translation>
        </message>
    </context>
    <context>
        <name>RemittanceProfileView</name>
        <message>
            <source>Accepted</source>
            <translation>Aceptada</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>No aceptada</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Identification:</source>
            <translation>Identificación:</translation>
        </message>
        <message>
            <source>Issued:</source>
            <translation>Expedición:</translation>
        </message>
        <message>
            <source>Expires:</source>
            <translation>Vencimiento:</translation>
        </message>
        <message>
            <source>Nationality:</source>
            <translation>Nacionalidad:</translation>
        </message>
        <message>
            <source>Born:</source>
            <translation>Nacimiento:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Género:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>Correo electrónico:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Publicly exposed (PEP):</source>
            <translation>Persona expuesta públicamente (PEP):</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Actividad:</translation>
        </message>
        <message>
            <source>Company:</source>
            <translation>Empresa:</translation>
        </message>
        <message>
            <source>Financial ranges:</source>
            <translation>Rangos financieros:</translation>
        </message>
        <message>
            <source>Personal data processing:</source>
            <translation>Tratamiento de datos personales:</translation>
        </message>
        <message>
            <source>Commercial use of data:</source>
            <translation>Uso comercial de los datos:</translation>
        </message>
        <message>
            <source>Last updated:</source>
            <translation>Última actualización:</translation>
        </message>
        <message>
            <source>Record ids:</source>
            <translation>Ids de registro:</translation>
        </message>
        <message>
            <source>Addr&amp;esses:</source>
            <translation>Dir&amp;ecciones:</translation>
        </message>
        <message>
            <source>&amp;Beneficiaries (recipients):</source>
            <translation>Bene&amp;ficiarios (destinatarios):</translation>
        </message>
        <message>
            <source>WARNING: publicly exposed person (PEP). Apply the enhanced due-diligence procedure and get the approval it requires before paying or sending a remittance.</source>
            <translation>ADVERTENCIA: persona expuesta públicamente (PEP). Aplique el procedimiento de debida diligencia intensificada y obtenga la aprobación que este exige antes de pagar o enviar una remesa.</translation>
        </message>
        <message>
            <source>WARNING: this customer is INACTIVE for remittances. Do not process a remittance; refer the customer to update their data first.</source>
            <translation>ADVERTENCIA: este cliente está INACTIVO para remesas. No procese ninguna remesa; primero remita al cliente a actualizar sus datos.</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>DANE %1</source>
            <translation>DANE %1</translation>
        </message>
        <message>
            <source> in </source>
            <translation> en </translation>
        </message>
        <message>
            <source>YES</source>
            <translation>SÍ</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>CIIU %1</source>
            <translation>CIIU %1</translation>
        </message>
        <message>
            <source>occupation %1</source>
            <translation>ocupación %1</translation>
        </message>
        <message>
            <source>level %1</source>
            <translation>nivel %1</translation>
        </message>
        <message>
            <source>%1 (%2): range %3</source>
            <translation>%1 (%2): rango %3</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 por %2</translation>
        </message>
        <message>
            <source>customer %1, master %2</source>
            <translation>cliente %1, maestro %2</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Direcciones</translation>
        </message>
        <message>
            <source>Beneficiaries</source>
            <translation>Beneficiarios</translation>
        </message>
    </context>
    <context>
        <name>RequestBusyRow</name>
        <message>
            <source>Request in progress</source>
            <translation>Solicitud en curso</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>Cancel the request</source>
            <translation>Cancelar la solicitud</translation>
        </message>
        <message>
            <source>Stop waiting for the answer (Esc)</source>
            <translation>Dejar de esperar la respuesta (Esc)</translation>
        </message>
        <message>
            <source>%p% sent</source>
            <translation>%p% enviado</translation>
        </message>
    </context>
    <context>
        <name>SaleWizardFrame</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; Atrá&amp;s</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>Sig&amp;uiente &gt;</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>Stop the running request (Esc)</source>
            <translation>Detener la solicitud en curso (Esc)</translation>
        </message>
        <message>
            <source>Forget this sale and start again with a new simulation</source>
            <translation>Descartar esta venta y empezar de nuevo con una nueva simulación</translation>
        </message>
        <message>
            <source>New sale</source>
            <translation>Nue&amp;va venta</translation>
        </message>
    </context>
    <context>
        <name>SecureDataConsentRequest</name>
        <message>
            <source>Choose the identification type.</source>
            <translation>Elija el tipo de identificación.</translation>
        </message>
        <message>
            <source>Enter the identification number.</source>
            <translation>Ingrese el número de identificación.</translation>
        </message>
        <message>
            <source>Enter the administration office.</source>
            <translation>Ingrese la oficina administradora.</translation>
        </message>
        <message>
            <source>Enter the submitting office.</source>
            <translation>Ingrese la oficina radicadora.</translation>
        </message>
        <message>
            <source>The customer must answer yes or no.</source>
            <translation>El cliente debe responder sí o no.</translation>
        </message>
    </context>
    <context>
        <name>SecurityApi</name>
        <message>
            <source>Question %1 has no answer.</source>
            <translation>La pregunta %1 no tiene respuesta.</translation>
        </message>
    </context>
    <context>
        <name>SecurityJson</name>
        <message>
            <source>Choose the identification type.</source>
            <translation>Elija el tipo de identificación.</translation>
        </message>
        <message>
            <source>Enter the identification number.</source>
            <translation>Ingrese el número de identificación.</translation>
        </message>
        <message>
            <source>The identification number has at most %1 characters.</source>
            <translation>El número de identificación tiene como máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>This identification type takes digits only.</source>
            <translation>Este tipo de identificación solo admite dígitos.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Este campo es obligatorio.</translation>
        </message>
        <message>
            <source>At most %1 characters.</source>
            <translation>Máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>Digits only.</source>
            <translation>Solo dígitos.</translation>
        </message>
        <message>
            <source>At most %1 digits.</source>
            <translation>Máximo %1 dígitos.</translation>
        </message>
    </context>
    <context>
        <name>SecurityPanel</name>
        <message>
            <source>Identification type</source>
            <translation>Tipo de identificación</translation>
        </message>
        <message>
            <source>CC, CE, PA, TI, NI or PE</source>
            <translation>CC, CE, PA, TI, NI o PE</translation>
        </message>
        <message>
            <source>Identification number</source>
            <translation>Número de identificación</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>Stop waiting for the bank (Esc)</source>
            <translation>Dejar de esperar al banco (Esc)</translation>
        </message>
        <message>
            <source>Reference for support: %1</source>
            <translation>Referencia para la mesa de ayuda: %1</translation>
        </message>
        <message>
            <source>Stopped waiting. The bank may or may not have answered: check before trying again.</source>
            <translation>Se dejó de esperar. Es posible que el banco haya respondido o no: verifique antes de intentar de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source>&amp;Customers management:</source>
            <translation>Gestión de &amp;clientes:</translation>
        </message>
        <message>
            <source>Sec&amp;urity management:</source>
            <translation>Gestión de &amp;seguridad:</translation>
        </message>
        <message>
            <source>&amp;Policy management:</source>
            <translation>Gestión de póli&amp;zas:</translation>
        </message>
        <message>
            <source>Itau customer b&amp;y account:</source>
            <translation>Cliente Itau por c&amp;uenta:</translation>
        </message>
        <message>
            <source>Open &amp;Bank Project:</source>
            <translation>Open &amp;Bank Project:</translation>
        </message>
        <message>
            <source>Customers management base URI</source>
            <translation>URI base de gestión de clientes</translation>
        </message>
        <message>
            <source>Security management base URI</source>
            <translation>URI base de gestión de seguridad</translation>
        </message>
        <message>
            <source>Policy management base URI</source>
            <translation>URI base de gestión de pólizas</translation>
        </message>
        <message>
            <source>Itau customer by account base URI</source>
            <translation>URI base de cliente Itau por cuenta</translation>
        </message>
        <message>
            <source>Open Bank Project base URI</source>
            <translation>URI base de Open Bank Project</translation>
        </message>
        <message>
            <source>Set by your IT department</source>
            <translation>Definido por su área de TI</translation>
        </message>
        <message>
            <source>Set by your IT department; it cannot be changed here.</source>
            <translation>Definido por su área de TI; no se puede cambiar aquí.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Where BranchDesk finds the bank's services in each environment, their client credentials, and this workstation's preferences.</source>
            <translation>Dónde encuentra BranchDesk los servicios del banco en cada ambiente, sus credenciales de cliente y las preferencias de esta estación de trabajo.</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Secciones de configuración</translation>
        </message>
        <message>
            <source>&amp;Environments</source>
            <translation>Ambientes</translation>
        </message>
        <message>
            <source>Sess&amp;ion and language</source>
            <translation>Sesión e &amp;idioma</translation>
        </message>
        <message>
            <source>Start and &amp;operator</source>
            <translation>Inicio y &amp;operador</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Guardar configuración</translation>
        </message>
        <message>
            <source>Check and save every change (Ctrl+S)</source>
            <translation>Verificar y guardar todos los cambios (Ctrl+S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Re&amp;vertir</translation>
        </message>
        <message>
            <source>Revert changes</source>
            <translation>Revertir cambios</translation>
        </message>
        <message>
            <source>Discard the changes and show the saved settings again</source>
            <translation>Descartar los cambios y volver a mostrar la configuración guardada</translation>
        </message>
        <message>
            <source>Environment to configure</source>
            <translation>Ambiente por configurar</translation>
        </message>
        <message>
            <source>%1 (built in)</source>
            <translation>%1 (integrado)</translation>
        </message>
        <message>
            <source>Environ&amp;ment to configure:</source>
            <translation>A&amp;mbiente por configurar:</translation>
        </message>
        <message>
            <source>Training is built in: BranchDesk starts its own training server on this computer, trusts only the certificate it creates, and signs in with demo credentials. There is nothing to configure here.</source>
            <translation>El ambiente de Capacitación viene integrado: BranchDesk inicia su propio servidor de capacitación en este computador, confía solo en el certificado que él mismo crea e inicia sesión con credenciales de demostración. Aquí no hay nada que configurar.</translation>
        </message>
        <message>
            <source>CA bundle file</source>
            <translation>Archivo del paquete de CA</translation>
        </message>
        <message>
            <source>Empty: trust the system's certificate authorities</source>
            <translation>Vacío: confiar en las autoridades de certificación del sistema</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>Browse for the CA bundle file</source>
            <translation>Buscar el archivo del paquete de CA</translation>
        </message>
        <message>
            <source>C&amp;A bundle:</source>
            <translation>&amp;Paquete de CA:</translation>
        </message>
        <message>
            <source>Timeout in seconds</source>
            <translation>Tiempo de espera en segundos</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>How long to wait for the bank's answer, 1 to 600 seconds (default 30).</source>
            <translation>Cuánto esperar la respuesta del banco, de 1 a 600 segundos (predeterminado: 30).</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>&amp;Tiempo de espera:</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>ID de cliente</translation>
        </message>
        <message>
            <source>Client i&amp;d:</source>
            <translation>I&amp;D de cliente:</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Secreto de cliente</translation>
        </message>
        <message>
            <source>Clie&amp;nt secret:</source>
            <translation>Secreto de clie&amp;nte:</translation>
        </message>
        <message>
            <source>Store in &amp;keyring</source>
            <translation>Guardar en el &amp;llavero</translation>
        </message>
        <message>
            <source>Store the client credentials in the keyring</source>
            <translation>Guardar las credenciales de cliente en el llavero</translation>
        </message>
        <message>
            <source>For&amp;get</source>
            <translation>Olvida&amp;r</translation>
        </message>
        <message>
            <source>Forget the client credentials</source>
            <translation>Olvidar las credenciales de cliente</translation>
        </message>
        <message>
            <source>Remove this environment's client id and secret from the keyring</source>
            <translation>Quitar del llavero el ID y el secreto de cliente de este ambiente</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Minutos de inactividad antes de bloquear</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>1 to 120 minutes (default 5).</source>
            <translation>De 1 a 120 minutos (predeterminado: 5).</translation>
        </message>
        <message>
            <source>Idle &amp;lock after:</source>
            <translation>Blo&amp;quear tras inactividad de:</translation>
        </message>
        <message>
            <source>Without keyboard or mouse use for this long, the console locks and asks for the operator's PIN.</source>
            <translation>Si no se usa el teclado ni el mouse durante este tiempo, la consola se bloquea y pide el PIN del operador.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Según el sistema</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Idio&amp;ma:</translation>
        </message>
        <message>
            <source>A new language takes effect the next time BranchDesk starts.</source>
            <translation>El nuevo idioma se aplica la próxima vez que se inicie BranchDesk.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Environment at start</source>
            <translation>Ambiente al iniciar</translation>
        </message>
        <message>
            <source>Environment at st&amp;art:</source>
            <translation>Ambiente al i&amp;niciar:</translation>
        </message>
        <message>
            <source>Used the next time BranchDesk starts, unless it is started with --environment.</source>
            <translation>Se usa la próxima vez que se inicie BranchDesk, a menos que se inicie con --environment.</translation>
        </message>
        <message>
            <source>Operator defaults</source>
            <translation>Valores predeterminados del operador</translation>
        </message>
        <message>
            <source>These pre-fill the sign-in. Letters and digits only.</source>
            <translation>Estos valores se precargan al iniciar sesión. Solo letras y dígitos.</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>Operator user</source>
            <translation>Usuario del operador</translation>
        </message>
        <message>
            <source>&amp;Branch:</source>
            <translation>O&amp;ficina:</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>Código de oficina</translation>
        </message>
        <message>
            <source>&amp;Terminal:</source>
            <translation>&amp;Terminal:</translation>
        </message>
        <message>
            <source>Terminal code</source>
            <translation>Código de terminal</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>&amp;Canal:</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Sub-channe&amp;l:</source>
            <translation>Su&amp;bcanal:</translation>
        </message>
        <message>
            <source>Sub-channel</source>
            <translation>Subcanal</translation>
        </message>
        <message>
            <source>Connection to %1</source>
            <translation>Conexión a %1</translation>
        </message>
        <message>
            <source>Client credentials for %1</source>
            <translation>Credenciales de cliente para %1</translation>
        </message>
        <message>
            <source>Default: %1</source>
            <translation>Predeterminado: %1</translation>
        </message>
        <message>
            <source>Not configured</source>
            <translation>No configurado</translation>
        </message>
        <message>
            <source>Not configured: enter the address IT gave you</source>
            <translation>No configurado: ingrese la dirección que le dio el área de TI</translation>
        </message>
        <message>
            <source>The keyring is not available in this window.</source>
            <translation>El llavero no está disponible en esta ventana.</translation>
        </message>
        <message>
            <source>Checking the keyring…</source>
            <translation>Verificando el llavero…</translation>
        </message>
        <message>
            <source>Stored in the keyring.</source>
            <translation>Guardado en el llavero.</translation>
        </message>
        <message>
            <source>Stored — type a new secret to replace it</source>
            <translation>Guardado — escriba un secreto nuevo para reemplazarlo</translation>
        </message>
        <message>
            <source>Not stored: enter the client id and secret IT gave you.</source>
            <translation>No guardado: ingrese el ID y el secreto de cliente que le dio el área de TI.</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>The keyring could not be read; see the message above.</source>
            <translation>No se pudo leer el llavero; vea el mensaje de arriba.</translation>
        </message>
        <message>
            <source>This is not a valid address. Enter it like https://api.example.bank/v1.</source>
            <translation>Esta no es una dirección válida. Ingrésela así: https://api.example.bank/v1.</translation>
        </message>
        <message>
            <source>Only https:// addresses are allowed: the bank's services are always reached over TLS.</source>
            <translation>Solo se permiten direcciones https://: a los servicios del banco siempre se accede por TLS.</translation>
        </message>
        <message>
            <source>Do not put a user name or password in the address; credentials go in the keyring.</source>
            <translation>No incluya un usuario ni una contraseña en la dirección; las credenciales van en el llavero.</translation>
        </message>
        <message>
            <source>A base address has no ?query or #fragment part.</source>
            <translation>Una dirección base no lleva parte ?query ni #fragment.</translation>
        </message>
        <message>
            <source>There is no file at this path.</source>
            <translation>No hay ningún archivo en esta ruta.</translation>
        </message>
        <message>
            <source>This is a folder; choose the PEM file inside it.</source>
            <translation>Esta es una carpeta; elija el archivo PEM que hay dentro.</translation>
        </message>
        <message>
            <source>This file cannot be read; check its permissions.</source>
            <translation>Este archivo no se puede leer; revise sus permisos.</translation>
        </message>
        <message>
            <source>This file holds no PEM certificate (a block starting with -----BEGIN CERTIFICATE-----).</source>
            <translation>Este archivo no contiene ningún certificado PEM (un bloque que empieza con -----BEGIN CERTIFICATE-----).</translation>
        </message>
        <message>
            <source>Use letters and digits only.</source>
            <translation>Use solo letras y dígitos.</translation>
        </message>
        <message>
            <source>Enter the client id.</source>
            <translation>Ingrese el ID de cliente.</translation>
        </message>
        <message>
            <source>Enter the client secret too: the id and secret are stored together.</source>
            <translation>Ingrese también el secreto de cliente: el ID y el secreto se guardan juntos.</translation>
        </message>
        <message>
            <source>The keyring is still answering; save again in a moment.</source>
            <translation>El llavero todavía está respondiendo; guarde de nuevo en un momento.</translation>
        </message>
        <message>
            <source>Nothing was saved. Correct the fields marked in red, then save again.</source>
            <translation>No se guardó nada. Corrija los campos marcados en rojo y vuelva a guardar.</translation>
        </message>
        <message>
            <source>Nothing was saved. Correct the fields marked in red (%1), then save again.</source>
            <translation>No se guardó nada. Corrija los campos marcados en rojo (%1) y vuelva a guardar.</translation>
        </message>
        <message>
            <source>Nothing to save: no setting was changed.</source>
            <translation>No hay nada que guardar: no se cambió ninguna opción.</translation>
        </message>
        <message>
            <source>Some settings could not be written to %1. Check that the file and its folder can be written, or ask IT.</source>
            <translation>Algunas opciones no se pudieron escribir en %1. Verifique que el archivo y su carpeta permitan escritura, o consulte con el área de TI.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <source>Settings saved. Address, certificate and timeout changes apply the next time BranchDesk starts.</source>
            <translation>Configuración guardada. Los cambios de dirección, certificado y tiempo de espera se aplican la próxima vez que se inicie BranchDesk.</translation>
        </message>
        <message>
            <source>Settings saved. Storing the client credentials in the keyring…</source>
            <translation>Configuración guardada. Guardando las credenciales de cliente en el llavero…</translation>
        </message>
        <message>
            <source>Settings saved, and the client credentials for %1 are stored in the keyring.</source>
            <translation>Configuración guardada; las credenciales de cliente para %1 quedaron guardadas en el llavero.</translation>
        </message>
        <message>
            <source>The client credentials for %1 are stored in the keyring.</source>
            <translation>Las credenciales de cliente para %1 quedaron guardadas en el llavero.</translation>
        </message>
        <message>
            <source>The client credentials for %1 were removed from the keyring.</source>
            <translation>Las credenciales de cliente para %1 se quitaron del llavero.</translation>
        </message>
        <message>
            <source>Keyring: %1</source>
            <translation>Llavero: %1</translation>
        </message>
        <message>
            <source>Your changes were discarded; the saved settings are shown.</source>
            <translation>Se descartaron sus cambios; se muestra la configuración guardada.</translation>
        </message>
        <message>
            <source>Choose the CA bundle</source>
            <translation>Elegir el paquete de CA</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Itau credentia&amp;ls…</source>
            <translation>Cr&amp;edenciales de Itau…</translation>
        </message>
        <message>
            <source>Itau contact-centre credentials of this environment</source>
            <translation>Credenciales del centro de contacto de Itau de este ambiente</translation>
        </message>
        <message>
            <source>User name, password and API key of the Itau customer-by-account service, kept in the keyring</source>
            <translation>Usuario, clave y llave de API del servicio de cliente por cuenta de Itau, guardados en el llavero</translation>
        </message>
        <message>
            <source>The Itau credentials of %1 are stored in the keyring.</source>
            <translation>Las credenciales de Itau de %1 quedaron guardadas en el llavero.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Workflows</source>
            <translation>Flujos de trabajo</translation>
        </message>
        <message>
            <source>%1 (a later version)</source>
            <translation>%1 (en una versión posterior)</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>En todas partes</translation>
        </message>
        <message>
            <source>Show this list of keyboard shortcuts</source>
            <translation>Mostrar esta lista de atajos de teclado</translation>
        </message>
        <message>
            <source>Lock the screen now; your work stays as it is</source>
            <translation>Bloquear la pantalla ahora; su trabajo se conserva tal como está</translation>
        </message>
        <message>
            <source>Quit BranchDesk</source>
            <translation>Salir de BranchDesk</translation>
        </message>
        <message>
            <source>Alt+underlined letter</source>
            <translation>Alt+letra subrayada</translation>
        </message>
        <message>
            <source>Open that menu, or go to that field or button</source>
            <translation>Abrir ese menú, o ir a ese campo o botón</translation>
        </message>
        <message>
            <source>In a form</source>
            <translation>En un formulario</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Submit from an input field (for example, Search)</source>
            <translation>Enviar desde un campo de entrada (por ejemplo, Buscar)</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Submit the form from anywhere in it</source>
            <translation>Enviar el formulario desde cualquier parte de este</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Cancel the running request; close a dialog</source>
            <translation>Cancelar la solicitud en curso; cerrar un diálogo</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Refresh the page, where the page offers it</source>
            <translation>Actualizar la página, si la página lo permite</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Shift+Tab</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Campo siguiente / anterior</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Everything in BranchDesk can be done from the keyboard.</source>
            <translation>Todo en BranchDesk se puede hacer desde el teclado.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in — BranchDesk</source>
            <translation>Iniciar sesión — BranchDesk</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Sign in to BranchDesk</source>
            <translation>Iniciar sesión en BranchDesk</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Ambiente</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Operator user code</source>
            <translation>Código de usuario del operador</translation>
        </message>
        <message>
            <source>e.g. JPEREZ</source>
            <translation>p. ej. JPEREZ</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Repeat the new PIN</source>
            <translation>Repita el PIN nuevo</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Ambiente:</translation>
        </message>
        <message>
            <source>&amp;User code:</source>
            <translation>Código de &amp;usuario:</translation>
        </message>
        <message>
            <source>&amp;Branch:</source>
            <translation>&amp;Oficina:</translation>
        </message>
        <message>
            <source>&amp;Terminal:</source>
            <translation>&amp;Terminal:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Repeat new PIN:</source>
            <translation>&amp;Repetir PIN nuevo:</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Verificando…</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Quit BranchDesk</source>
            <translation>Salir de BranchDesk</translation>
        </message>
        <message>
            <source>Set by IT for this workstation.</source>
            <translation>Definido por el área de TI para esta estación de trabajo.</translation>
        </message>
        <message>
            <source>Training: every operator signs in with the demo PIN %1; nothing is stored.</source>
            <translation>Capacitación: todos los operadores inician sesión con el PIN de demostración %1; no se guarda nada.</translation>
        </message>
        <message>
            <source>No keyring is available, so %1 cannot be used: the PIN lives in the keyring.</source>
            <translation>No hay un llavero disponible, por lo que no se puede usar %1: el PIN se guarda en el llavero.</translation>
        </message>
        <message>
            <source>The PIN kept for %1 on this workstation cannot be read. Ask IT to remove the keyring entry %2 so you can choose a new PIN.</source>
            <translation>No se puede leer el PIN guardado para %1 en esta estación de trabajo. Pida al área de TI que elimine la entrada del llavero %2 para que pueda elegir un PIN nuevo.</translation>
        </message>
        <message>
            <source>First sign-in of %1 on this workstation: choose a PIN of %2 to %3 digits and type it twice. You will unlock the screen with it.</source>
            <translation>Primer inicio de sesión de %1 en esta estación de trabajo: elija un PIN de %2 a %3 dígitos y escríbalo dos veces. Con él desbloqueará la pantalla.</translation>
        </message>
        <message>
            <source>New &amp;PIN:</source>
            <translation>&amp;PIN nuevo:</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN nuevo</translation>
        </message>
        <message>
            <source>%1 to %2 digits; not one digit repeated and not a run such as 1234.</source>
            <translation>De %1 a %2 dígitos; sin repetir un mismo dígito ni usar una secuencia como 1234.</translation>
        </message>
        <message>
            <source>Enter your PIN.</source>
            <translation>Ingrese su PIN.</translation>
        </message>
        <message>
            <source>Wrong PIN. In Training the PIN is %1.</source>
            <translation>PIN incorrecto. En Capacitación el PIN es %1.</translation>
        </message>
        <message>
            <source>Wrong PIN for %1.</source>
            <translation>PIN incorrecto para %1.</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the new PIN again.</source>
            <translation>Los dos PIN no coinciden. Escriba de nuevo el PIN nuevo.</translation>
        </message>
        <message>
            <source>Enter your operator user code.</source>
            <translation>Ingrese su código de usuario de operador.</translation>
        </message>
        <message>
            <source>A user code has up to 20 letters, digits, dots, hyphens or underscores.</source>
            <translation>Un código de usuario tiene hasta 20 letras, dígitos, puntos, guiones o guiones bajos.</translation>
        </message>
        <message>
            <source>Enter the branch (office) code.</source>
            <translation>Ingrese el código de la oficina.</translation>
        </message>
        <message>
            <source>A branch code has up to 10 letters or digits.</source>
            <translation>Un código de oficina tiene hasta 10 letras o dígitos.</translation>
        </message>
        <message>
            <source>Enter this workstation's terminal code.</source>
            <translation>Ingrese el código de terminal de esta estación de trabajo.</translation>
        </message>
        <message>
            <source>A terminal code has up to 20 letters, digits, dots, hyphens or underscores.</source>
            <translation>Un código de terminal tiene hasta 20 letras, dígitos, puntos, guiones o guiones bajos.</translation>
        </message>
    </context>
    <context>
        <name>TrainingServer</name>
        <message>
            <source>The training server (%1) is not installed next to BranchDesk.</source>
            <translation>El servidor de capacitación (%1) no está instalado junto a BranchDesk.</translation>
        </message>
        <message>
            <source>Could not create a folder for the training server's certificates: %1</source>
            <translation>No se pudo crear una carpeta para los certificados del servidor de capacitación: %1</translation>
        </message>
        <message>
            <source>The training server could not start: %1</source>
            <translation>El servidor de capacitación no pudo iniciar: %1</translation>
        </message>
        <message>
            <source>The training server stopped (exit code %1): %2</source>
            <translation>El servidor de capacitación se detuvo (código de salida %1): %2</translation>
        </message>
        <message>
            <source>The training server did not write its CA certificate.</source>
            <translation>El servidor de capacitación no escribió su certificado de CA.</translation>
        </message>
        <message>
            <source>The training server's CA certificate could not be read.</source>
            <translation>No se pudo leer el certificado de CA del servidor de capacitación.</translation>
        </message>
        <message>
            <source>The training server did not start in time.</source>
            <translation>El servidor de capacitación no inició a tiempo.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalOtpRequest</name>
        <message>
            <source>The amount must be greater than zero.</source>
            <translation>El valor debe ser mayor que cero.</translation>
        </message>
    </context>
    <context>
        <name>WorkflowCatalog</name>
        <message>
            <source>Customer &amp;lookup</source>
            <translation>&amp;Consulta de cliente</translation>
        </message>
        <message>
            <source>Find a customer's basic data by identification document or by cellphone number.</source>
            <translation>Consulte los datos básicos de un cliente por documento de identificación o por número de celular.</translation>
        </message>
        <message>
            <source>&amp;New customer</source>
            <translation>&amp;Nuevo cliente</translation>
        </message>
        <message>
            <source>Open a new customer together with an account.</source>
            <translation>Cree un cliente nuevo junto con una cuenta.</translation>
        </message>
        <message>
            <source>Customer &amp;360</source>
            <translation>Cliente &amp;360</translation>
        </message>
        <message>
            <source>&amp;Remittance lookup</source>
            <translation>Consulta de &amp;remesas</translation>
        </message>
        <message>
            <source>Check the customer of an incoming remittance.</source>
            <translation>Verifique el cliente de una remesa entrante.</translation>
        </message>
        <message>
            <source>Challenge &amp;questions</source>
            <translation>&amp;Preguntas de reto</translation>
        </message>
        <message>
            <source>Create transaction challenges and check the customer's answers.</source>
            <translation>Cree retos para transacciones y verifique las respuestas del cliente.</translation>
        </message>
        <message>
            <source>One-&amp;time codes</source>
            <translation>Códigos de un solo &amp;uso</translation>
        </message>
        <message>
            <source>Generate and validate one-time codes for a customer's operation.</source>
            <translation>Genere y valide códigos de un solo uso para la operación de un cliente.</translation>
        </message>
        <message>
            <source>Channel &amp;holds</source>
            <translation>&amp;Bloqueos de canal</translation>
        </message>
        <message>
            <source>Consult a customer's channel holds and lock or unlock a channel.</source>
            <translation>Consulte los bloqueos de canal de un cliente y bloquee o desbloquee un canal.</translation>
        </message>
        <message>
            <source>L&amp;ife insurance</source>
            <translation>Seguro de &amp;vida</translation>
        </message>
        <message>
            <source>Simulate, quote and issue life insurance, and print its certificate.</source>
            <translation>Simule, cotice y expida seguros de vida, e imprima su certificado.</translation>
        </message>
        <message>
            <source>Insurance &amp;cases</source>
            <translation>C&amp;asos de asegurabilidad</translation>
        </message>
        <message>
            <source>Open insurance cases and follow their status.</source>
            <translation>Abra casos de asegurabilidad y haga seguimiento a su estado.</translation>
        </message>
        <message>
            <source>&amp;OBP customers</source>
            <translation>Clientes &amp;OBP</translation>
        </message>
        <message>
            <source>Customers held in the Open Bank Project platform.</source>
            <translation>Clientes registrados en la plataforma Open Bank Project.</translation>
        </message>
        <message>
            <source>Customer by &amp;account (Itau)</source>
            <translation>Cliente por cuen&amp;ta (Itau)</translation>
        </message>
        <message>
            <source>Find who holds an account, through the Itau contact-centre service.</source>
            <translation>Consulte el titular de una cuenta mediante el servicio del centro de contacto de Itau.</translation>
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation>B&amp;itácora</translation>
        </message>
        <message>
            <source>Every operation done at this workstation, with its outcome and references.</source>
            <translation>Todas las operaciones realizadas en esta estación de trabajo, con su resultado y referencias.</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>Con&amp;figuración</translation>
        </message>
        <message>
            <source>Environment addresses and client credentials for each bank environment.</source>
            <translation>Direcciones y credenciales de cliente de cada ambiente del banco.</translation>
        </message>
        <message>
            <source>&amp;Password status</source>
            <translation>&amp;Estado de la clave</translation>
        </message>
        <message>
            <source>Check whether a customer's password is locked, lock or unlock it, and change it.</source>
            <translation>Verifique si la clave de un cliente está bloqueada, bloquéela o desbloquéela, y cámbiela.</translation>
        </message>
        <message>
            <source>&amp;General insurance</source>
            <translation>Seguros &amp;generales</translation>
        </message>
        <message>
            <source>Simulate, quote and issue general policies: life, card protection and home.</source>
            <translation>Simule, cotice y expida pólizas generales: vida, tarjeta protegida y hogar.</translation>
        </message>
        <message>
            <source>Name &amp;by account</source>
            <translation>Nombre del titu&amp;lar</translation>
        </message>
        <message>
            <source>Check who holds an account: the holder's name for an identification and account number.</source>
            <translation>Verifique quién es el titular de una cuenta: el nombre del titular para una identificación y un número de cuenta.</translation>
        </message>
        <message>
            <source>Correspondent rea&amp;ds</source>
            <translation>Consultas &amp;de corresponsal</translation>
        </message>
        <message>
            <source>Correspondent banking: the owner of an account and PILA social-security contribution forms.</source>
            <translation>Corresponsales bancarios: el titular de una cuenta y las planillas PILA de aportes a seguridad social.</translation>
        </message>
        <message>
            <source>Digital bank inta&amp;ke</source>
            <translation>&amp;Sincronización banco digital</translation>
        </message>
        <message>
            <source>Back office: send a person or legal entity and their products to the digital bank, one by one or from a file.</source>
            <translation>Back office: envíe una persona natural o jurídica y sus productos al banco digital, uno a uno o desde un archivo.</translation>
        </message>
        <message>
            <source>Enrollment and reco&amp;very</source>
            <translation>Enrola&amp;miento y recuperación</translation>
        </message>
        <message>
            <source>Digital enrollment, user creation and password recovery for a customer's channels.</source>
            <translation>Enrolamiento digital, creación de usuario y recuperación de clave para los canales de un cliente.</translation>
        </message>
        <message>
            <source>Everything about one customer in one view: basic data, locations, contact and financial data, channel holds and remittance profile.</source>
            <translation>Todo sobre un cliente en una sola vista: datos básicos, ubicaciones, datos de contacto y financieros, bloqueos de canal y perfil de remesas.</translation>
        </message>
    </context>
    <context>
        <name>WorkflowPlaceholderPage</name>
        <message>
            <source>This workflow arrives in a later version of BranchDesk. Nothing can be done here yet; the workflows that are ready are not affected.</source>
            <translation>Este flujo estará disponible en una versión posterior de BranchDesk. Por ahora no se puede hacer nada aquí; los flujos que ya están listos no se ven afectados.</translation>
        </message>
    </context>
</TS>
