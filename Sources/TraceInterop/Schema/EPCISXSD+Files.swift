// The GS1 EPCIS 2.0 XML schemas, byte for byte the files in schemas/epcis/xsd/ (GS1 standard artefacts; see
// schemas/epcis/README.md). Written by scripts/lib/embed_xsd.py; EPCISXSDTests compares them with the files.
// swift-format-ignore-file

extension EPCISXSD {
    /// The schema files by name.
    static let published: [String: String] = [
        "BasicTypes.xsd": """
<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r
<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" targetNamespace=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\r
\r
  <xs:simpleType name=\"MimeTypeQualifier\">\r
    <xs:annotation>\r
      <xs:documentation>The MIME type as defined by IANA. Please refer to\r
            http://www.iana.org/assignments/media-types/ for a list of types.\r
      </xs:documentation>\r
    </xs:annotation>\r
    <xs:restriction base=\"xs:string\"/>\r
  </xs:simpleType>\r
\r
  <xs:simpleType name=\"Language\">\r
    <xs:annotation>\r
      <xs:documentation>ISO 639-2; 1998 representation of Language name. Refer to http://www.loc.gov/standards/iso639-2/iso639jac.html to get the latest version of the standard.\r
      </xs:documentation>\r
    </xs:annotation>\r
    <xs:restriction base=\"xs:string\"/>\r
  </xs:simpleType>\r
</xs:schema>
""",
        "BusinessScope.xsd": """
<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r
<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" targetNamespace=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\r
\t<xs:complexType name=\"BusinessScope\">\r
\t\t<xs:sequence>\r
\t\t\t<xs:element name=\"Scope\" type=\"Scope\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
\t\t</xs:sequence>\r
\t</xs:complexType>\r
\t<xs:complexType name=\"Scope\">\r
\t\t<xs:sequence>\r
\t\t\t<xs:group ref=\"ScopeAttributes\"/>\r
\t\t\t<xs:element ref=\"ScopeInformation\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
\t\t</xs:sequence>\r
\t</xs:complexType>\r
\t<xs:group name=\"ScopeAttributes\">\r
\t\t<xs:sequence>\r
\t\t\t<xs:element name=\"Type\" type=\"xs:string\"/>\r
\t\t\t<xs:element name=\"InstanceIdentifier\" type=\"xs:string\"/>\r
\t\t\t<xs:element name=\"Identifier\" type=\"xs:string\" minOccurs=\"0\"/>\r
\t\t</xs:sequence>\r
\t</xs:group>\r
\t<xs:element name=\"ScopeInformation\" type=\"xs:anyType\" abstract=\"true\"/>\r
\t<xs:element name=\"CorrelationInformation\" type=\"CorrelationInformation\" substitutionGroup=\"ScopeInformation\"/>\r
\t<xs:complexType name=\"CorrelationInformation\">\r
\t\t<xs:sequence>\r
\t\t\t<xs:element name=\"RequestingDocumentCreationDateTime\" type=\"xs:dateTime\" minOccurs=\"0\"/>\r
\t\t\t<xs:element name=\"RequestingDocumentInstanceIdentifier\" type=\"xs:string\" minOccurs=\"0\"/>\r
\t\t\t<xs:element name=\"ExpectedResponseDateTime\" type=\"xs:dateTime\" minOccurs=\"0\"/>\r
\t\t</xs:sequence>\r
\t</xs:complexType>\r
\t<xs:element name=\"BusinessService\" type=\"BusinessService\" substitutionGroup=\"ScopeInformation\"/>\r
\t<xs:complexType name=\"BusinessService\">\r
\t\t<xs:sequence>\r
\t\t\t<xs:element name=\"BusinessServiceName\" type=\"xs:string\" minOccurs=\"0\"/>\r
\t\t\t<xs:element name=\"ServiceTransaction\" type=\"ServiceTransaction\" minOccurs=\"0\"/>\r
\t\t</xs:sequence>\r
\t</xs:complexType>\r
<xs:complexType name=\"ServiceTransaction\">\r
\t\t<xs:attribute name=\"TypeOfServiceTransaction\" type=\"TypeOfServiceTransaction\" use=\"optional\"/>\r
\t\t<xs:attribute name=\"IsNonRepudiationRequired\" type=\"xs:string\"/>\r
\t\t<xs:attribute name=\"IsAuthenticationRequired\" type=\"xs:string\"/>\r
\t\t<xs:attribute name=\"IsNonRepudiationOfReceiptRequired\" type=\"xs:string\"/>\r
\t\t<xs:attribute name=\"IsIntegrityCheckRequired\" type=\"xs:string\"/>\r
\t\t<xs:attribute name=\"IsApplicationErrorResponseRequested\" type=\"xs:string\"/>\r
\t\t<xs:attribute name=\"TimeToAcknowledgeReceipt\" type=\"xs:string\"/>\r
\t\t<xs:attribute name=\"TimeToAcknowledgeAcceptance\" type=\"xs:string\"/>\r
\t\t<xs:attribute name=\"TimeToPerform\" type=\"xs:string\"/>\r
\t\t<xs:attribute name=\"Recurrence\" type=\"xs:string\"/>\r
\t</xs:complexType>\r
\t<xs:simpleType name=\"TypeOfServiceTransaction\">\r
\t\t<xs:restriction base=\"xs:string\">\r
\t\t\t<xs:enumeration value=\"RequestingServiceTransaction\"/>\r
\t\t\t<xs:enumeration value=\"RespondingServiceTransaction\"/>\r
\t\t</xs:restriction>\r
\t</xs:simpleType>\r
</xs:schema>
""",
        "DocumentIdentification.xsd": """
<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r
<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" targetNamespace=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\r
\r
  <xs:complexType name=\"DocumentIdentification\">\r
    <xs:sequence>\r
      <xs:element name=\"Standard\" type=\"xs:string\"/>\r
      <xs:element name=\"TypeVersion\" type=\"xs:string\"/>\r
      <xs:element name=\"InstanceIdentifier\" type=\"xs:string\"/>\r
      <xs:element name=\"Type\" type=\"xs:string\"/>\r
      <xs:element name=\"MultipleType\" type=\"xs:boolean\" minOccurs=\"0\"/>\r
      <xs:element name=\"CreationDateAndTime\" type=\"xs:dateTime\"/>\r
    </xs:sequence>\r
  </xs:complexType>\r
</xs:schema>
""",
        "EPCglobal-epcis-2_0.xsd": """
<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<xsd:schema xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\"
  xmlns:sbdh=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\"
  xmlns:epcglobal=\"urn:epcglobal:xsd:1\"
  xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:epcglobal:epcis:xsd:2\" elementFormDefault=\"unqualified\" attributeFormDefault=\"unqualified\" version=\"2.0\">
  <xsd:annotation>
    <xsd:documentation xml:lang=\"en\">
      <epcglobal:copyright>Copyright (C) 2006-2022 GS1 AISBL, All Rights Reserved.</epcglobal:copyright>
      <epcglobal:disclaimer>
THIS DOCUMENT IS PROVIDED “AS IS” WITH NO WARRANTIES WHATSOEVER, INCLUDING ANY WARRANTY OF MERCHANTABILITY, NONINFRINGMENT, FITNESS FOR PARTICULAR PURPOSE, OR ANY WARRANTY OTHER WISE ARISING OUT OF THIS SPECIFICATION. GS1 disclaims all liability for any damages arising from use or misuse of this Standard, whether special, indirect, consequential, or compensatory damages, and including liability for infringement of any intellectual property rights, relating to use of information in or reliance upon this document.

GS1 retains the right to make changes to this document at any time, without notice. GS1 makes no warranty for the use of this document and assumes no responsibility for any errors which may appear in the document, nor does it make a commitment to update the information contained herein.
      </epcglobal:disclaimer>
      <epcglobal:specification>EPC INFORMATION SERVICE (EPCIS) Version 2.0</epcglobal:specification>
    </xsd:documentation>
  </xsd:annotation>
  <xsd:import namespace=\"urn:epcglobal:xsd:1\" schemaLocation=\"./EPCglobal.xsd\"/>
  <xsd:import namespace=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" schemaLocation=\"./StandardBusinessDocumentHeader.xsd\"/>
  <!-- EPCIS CORE ELEMENTS -->
  <xsd:element name=\"EPCISDocument\" type=\"epcis:EPCISDocumentType\"/>
  <xsd:complexType name=\"EPCISDocumentType\">
    <xsd:annotation>
      <xsd:documentation xml:lang=\"en\">
      document that contains a Header and a Body.
      </xsd:documentation>
    </xsd:annotation>
    <xsd:complexContent>
      <xsd:extension base=\"epcglobal:Document\">
        <xsd:sequence>
          <xsd:element name=\"EPCISHeader\" type=\"epcis:EPCISHeaderType\" minOccurs=\"0\"/>
          <xsd:element name=\"EPCISBody\" type=\"epcis:EPCISBodyType\"/>
          <xsd:element name=\"extension\" type=\"epcis:EPCISDocumentExtensionType\" minOccurs=\"0\"/>
          <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        </xsd:sequence>
        <xsd:anyAttribute processContents=\"lax\"/>
      </xsd:extension>
    </xsd:complexContent>
  </xsd:complexType>
  <xsd:complexType name=\"EPCISDocumentExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <xsd:complexType name=\"EPCISHeaderType\">
    <xsd:annotation>
      <xsd:documentation xml:lang=\"en\">
      specific header(s) including the Standard Business Document Header.
      </xsd:documentation>
    </xsd:annotation>
    <xsd:sequence>
      <xsd:element ref=\"sbdh:StandardBusinessDocumentHeader\" minOccurs=\"0\"/>
      <xsd:element name=\"extension\" type=\"epcis:EPCISHeaderExtensionType\" minOccurs=\"0\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
  <xsd:complexType name=\"EPCISHeaderExtensionType\">
    <xsd:sequence>
      <xsd:element name=\"EPCISMasterData\" type=\"epcis:EPCISMasterDataType\" minOccurs=\"0\"/>
      <xsd:element name=\"extension\" type=\"epcis:EPCISHeaderExtension2Type\" minOccurs=\"0\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
  <xsd:complexType name=\"EPCISHeaderExtension2Type\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <!-- Since 1.2 -->
  <xsd:complexType name=\"EPCISMasterDataType\">
    <xsd:sequence>
      <xsd:element name=\"VocabularyList\" type=\"epcis:VocabularyListType\" />
      <xsd:element name=\"extension\" type=\"epcis:EPCISMasterDataExtensionType\" minOccurs=\"0\"/>
    </xsd:sequence>
  </xsd:complexType>
  <xsd:complexType name=\"EPCISMasterDataExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>

  <!-- MasterData CORE ELEMENT TYPES -->
  <xsd:complexType name=\"VocabularyListType\">
    <xsd:sequence>
      <xsd:element name=\"Vocabulary\" type=\"epcis:VocabularyType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>

  <xsd:complexType name=\"VocabularyType\">
    <xsd:sequence>
      <xsd:element name=\"VocabularyElementList\" type=\"epcis:VocabularyElementListType\" minOccurs=\"0\"/>
      <xsd:element name=\"extension\" type=\"epcis:VocabularyExtensionType\" minOccurs=\"0\"/>
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:attribute name=\"type\" type=\"xsd:anyURI\" use=\"required\"/>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <xsd:complexType name=\"VocabularyElementListType\">
    <xsd:sequence>
      <xsd:element name=\"VocabularyElement\" type=\"epcis:VocabularyElementType\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>

  <!-- Implementations SHALL treat a <children list containing zero elements
       in the same way as if the <children> element were omitted altogether.
  -->
  <xsd:complexType name=\"VocabularyElementType\">
    <xsd:sequence>
      <xsd:element name=\"attribute\" type=\"epcis:AttributeType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
      <xsd:element name=\"children\" type=\"epcis:IDListType\" minOccurs=\"0\"/>
      <xsd:element name=\"extension\" type=\"epcis:VocabularyElementExtensionType\" minOccurs=\"0\"/>
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:attribute name=\"id\" type=\"xsd:anyURI\" use=\"required\"/>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <xsd:complexType name=\"AttributeType\">
    <xsd:complexContent mixed=\"true\">
      <xsd:extension base=\"xsd:anyType\">
        <xsd:attribute name=\"id\" type=\"xsd:anyURI\" use=\"required\"/>
        <xsd:anyAttribute processContents=\"lax\"/>
      </xsd:extension>
    </xsd:complexContent>
  </xsd:complexType>

  <xsd:complexType name=\"IDListType\">
    <xsd:sequence>
      <xsd:element name=\"id\" type=\"xsd:anyURI\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <xsd:complexType name=\"VocabularyExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <xsd:complexType name=\"VocabularyElementExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <xsd:complexType name=\"EPCISBodyType\">
    <xsd:annotation>
      <xsd:documentation xml:lang=\"en\">
      specific body that contains EPCIS related Events.
      </xsd:documentation>
    </xsd:annotation>
    <xsd:sequence>
      <xsd:element name=\"EventList\" type=\"epcis:EventListType\" minOccurs=\"0\"/>
      <xsd:element name=\"extension\" type=\"epcis:EPCISBodyExtensionType\" minOccurs=\"0\"/>
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
  <xsd:complexType name=\"EPCISBodyExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <!-- Modified in 2.0 -->
  <!-- EPCIS CORE ELEMENT TYPES -->
  <xsd:complexType name=\"EventListType\">
    <!-- sequence/choice introduced to support parsers complaining about the content model not being determinist -->
    <xsd:sequence>
      <xsd:choice minOccurs=\"0\" maxOccurs=\"unbounded\">
        <xsd:element name=\"ObjectEvent\" type=\"epcis:ObjectEventType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        <xsd:element name=\"AggregationEvent\" type=\"epcis:AggregationEventType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        <!-- REMOVED in 2.0
        <xsd:element name=\"QuantityEvent\" type=\"epcis:QuantityEventType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    -->
        <!-- 2.0 move TransformationEvent to EventListType -->
        <xsd:element name=\"TransformationEvent\" type=\"epcis:TransformationEventType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        <xsd:element name=\"TransactionEvent\" type=\"epcis:TransactionEventType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        <xsd:element name=\"AssociationEvent\" type=\"epcis:AssociationEventType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        <xsd:element name=\"extension\" type=\"epcis:EPCISEventListExtensionType\"/>
      </xsd:choice>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
    <!-- Note: the use of \"unbounded\" in both the xsd:choice element
                    and the enclosed xsd:element elements is, strictly speaking,
                    redundant. However, this was found to avoid problems with
                    certain XML processing tools, and so is retained here.
                -->
  </xsd:complexType>

  <!-- Modified in 2.0 -->
  <xsd:complexType name=\"EPCISEventListExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##other\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <xsd:complexType name=\"EPCListType\">
    <xsd:sequence>
      <xsd:element name=\"epc\" type=\"epcglobal:EPC\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>
  <xsd:simpleType name=\"ActionType\">
    <xsd:restriction base=\"xsd:string\">
      <xsd:enumeration value=\"ADD\"/>
      <xsd:enumeration value=\"OBSERVE\"/>
      <xsd:enumeration value=\"DELETE\"/>
    </xsd:restriction>
  </xsd:simpleType>
  <xsd:simpleType name=\"ParentIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>
  <!-- Standard Vocabulary -->
  <xsd:simpleType name=\"BusinessStepIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>
  <!-- Standard Vocabulary -->
  <xsd:simpleType name=\"DispositionIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>

  <!-- Standard Vocabulary -->
  <!-- Since 2.0 -->
  <xsd:complexType name=\"PersistentDispositionType\">
    <xsd:sequence>
      <xsd:element name=\"unset\" type=\"epcis:DispositionIDType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
      <xsd:element name=\"set\" type=\"epcis:DispositionIDType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>

  <!-- User Vocabulary -->
  <xsd:simpleType name=\"EPCClassType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>
  <!-- Standard Vocabulary -->
  <!-- Since 1.1 -->
  <xsd:simpleType name=\"UOMType\">
    <xsd:restriction base=\"xsd:string\"/>
  </xsd:simpleType>
  <!-- Since 1.1 -->
  <xsd:complexType name=\"QuantityElementType\">
    <xsd:sequence>
      <xsd:element name=\"epcClass\" type=\"epcis:EPCClassType\"/>
      <xsd:sequence minOccurs=\"0\">
        <xsd:element name=\"quantity\" nillable=\"true\" type=\"xsd:decimal\"/>
        <xsd:element name=\"uom\" type=\"epcis:UOMType\" minOccurs=\"0\"/>
      </xsd:sequence>
    </xsd:sequence>
  </xsd:complexType>
  <xsd:complexType name=\"QuantityListType\">
    <xsd:sequence>
      <xsd:element name=\"quantityElement\" type=\"epcis:QuantityElementType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>




  <!-- User Vocabulary -->
  <xsd:simpleType name=\"ReadPointIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>
  <xsd:complexType name=\"ReadPointType\">
    <xsd:sequence>
      <xsd:element name=\"id\" type=\"epcis:ReadPointIDType\"/>
      <xsd:element name=\"extension\" type=\"epcis:ReadPointExtensionType\" minOccurs=\"0\"/>
      <!-- The wildcard below provides the extension mechanism described in Section 9.4 -->
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>
  <xsd:complexType name=\"ReadPointExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
  <!-- User Vocabulary -->
  <xsd:simpleType name=\"BusinessLocationIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>
  <xsd:complexType name=\"BusinessLocationType\">
    <xsd:sequence>
      <xsd:element name=\"id\" type=\"epcis:BusinessLocationIDType\"/>
      <xsd:element name=\"extension\" type=\"epcis:BusinessLocationExtensionType\" minOccurs=\"0\"/>
      <!-- The wildcard below provides the extension mechanism described in Section 9.4 -->
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>
  <xsd:complexType name=\"BusinessLocationExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
  <!-- User Vocabulary -->
  <xsd:simpleType name=\"BusinessTransactionIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>
  <!-- Standard Vocabulary -->
  <xsd:simpleType name=\"BusinessTransactionTypeIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>
  <xsd:complexType name=\"BusinessTransactionType\">
    <xsd:simpleContent>
      <xsd:extension base=\"epcis:BusinessTransactionIDType\">
        <xsd:attribute name=\"type\" type=\"epcis:BusinessTransactionTypeIDType\" use=\"optional\"/>
      </xsd:extension>
    </xsd:simpleContent>
  </xsd:complexType>
  <xsd:complexType name=\"BusinessTransactionListType\">
    <xsd:sequence>
      <xsd:element name=\"bizTransaction\" type=\"epcis:BusinessTransactionType\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>
  <!-- User Vocabulary -->
  <!-- Since 1.1 -->
  <xsd:simpleType name=\"SourceDestIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>
  <!-- Standard Vocabulary -->
  <!-- Since 1.1 -->
  <xsd:simpleType name=\"SourceDestTypeIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>
  <!-- Since 1.1 -->
  <xsd:complexType name=\"SourceDestType\">
    <xsd:simpleContent>
      <xsd:extension base=\"epcis:SourceDestIDType\">
        <xsd:attribute name=\"type\" type=\"epcis:SourceDestTypeIDType\" use=\"required\"/>
      </xsd:extension>
    </xsd:simpleContent>
  </xsd:complexType>
  <xsd:complexType name=\"SourceListType\">
    <xsd:sequence>
      <xsd:element name=\"source\" type=\"epcis:SourceDestType\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>
  <xsd:complexType name=\"DestinationListType\">
    <xsd:sequence>
      <xsd:element name=\"destination\" type=\"epcis:SourceDestType\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>

  <!-- User Vocabulary -->
  <!-- Since 1.1 -->
  <xsd:simpleType name=\"TransformationIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>

  <!-- Since 1.1 -->
  <xsd:complexType name=\"ILMDType\">
    <xsd:sequence>
      <xsd:element name=\"extension\" type=\"epcis:ILMDExtensionType\" minOccurs=\"0\"/>
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
  <xsd:complexType name=\"ILMDExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <!-- User Vocabulary -->
  <!-- Since 1.2 -->
  <xsd:simpleType name=\"EventIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>

  <!-- Standard Vocabulary -->
  <!-- Since 1.2 -->
  <xsd:simpleType name=\"ErrorReasonIDType\">
    <xsd:restriction base=\"xsd:anyURI\"/>
  </xsd:simpleType>

  <!-- Since 1.2 -->
  <xsd:complexType name=\"CorrectiveEventIDsType\">
    <xsd:sequence>
      <xsd:element name=\"correctiveEventID\" type=\"epcis:EventIDType\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>

  <!-- Since 1.2 -->
  <xsd:complexType name=\"ErrorDeclarationType\">
    <xsd:sequence>
      <xsd:choice minOccurs=\"0\" maxOccurs=\"unbounded\">
  \t    <xsd:element name=\"declarationTime\" type=\"epcis:DateTimeStamp\"/>
        <xsd:element name=\"reason\" type=\"epcis:ErrorReasonIDType\" minOccurs=\"0\"/>
        <xsd:element name=\"correctiveEventIDs\" type=\"epcis:CorrectiveEventIDsType\" minOccurs=\"0\"/>
        <xsd:element name=\"extension\" type=\"epcis:ErrorDeclarationExtensionType\" minOccurs=\"0\"/>
        <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
      </xsd:choice>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <xsd:complexType name=\"ErrorDeclarationExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>



  <!-- items listed alphabetically by name -->
  <!-- Some element types accommodate extensibility in the manner of
        \"Versioning XML Vocabularies\" by David Orchard (see
        http://www.xml.com/pub/a/2003/12/03/versioning.html).
        In this approach, an optional <extension> element is defined
        for each extensible element type, where an <extension> element
        may contain future elements defined in the target namespace.
        In addition to the optional <extension> element, extensible element
        types are declared with a final xsd:any wildcard to accommodate
        future elements defined by third parties (as denoted by the ##other
        namespace).
        Finally, the xsd:anyAttribute facility is used to allow arbitrary
        attributes to be added to extensible element types. -->
  <xsd:complexType name=\"EPCISEventType\" abstract=\"true\">
    <xsd:annotation>
      <xsd:documentation xml:lang=\"en\">
      base type for all EPCIS events.
      </xsd:documentation>
    </xsd:annotation>
    <xsd:sequence>
  \t  <xsd:element name=\"eventTime\" type=\"epcis:DateTimeStamp\"/>
  \t  <xsd:element name=\"recordTime\" minOccurs=\"0\" type=\"epcis:DateTimeStamp\"/>
      <xsd:element name=\"eventTimeZoneOffset\" type=\"xsd:string\"/>
      <xsd:element name=\"eventID\" type=\"epcis:EventIDType\" minOccurs=\"0\"/>
      <xsd:element name=\"errorDeclaration\" type=\"epcis:ErrorDeclarationType\" minOccurs=\"0\"/>
      <xsd:element name=\"certificationInfo\" type=\"xsd:anyURI\" minOccurs=\"0\"/>
      <xsd:element name=\"baseExtension\" type=\"epcis:EPCISEventExtensionType\" minOccurs=\"0\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <!-- 2.0 moved to event root -->
  <!--
  <xsd:complexType name=\"EPCISEventExtensionType\">
    <xsd:sequence>
      <xsd:element name=\"eventID\" type=\"epcis:EventIDType\" minOccurs=\"0\"/>
      <xsd:element name=\"errorDeclaration\" type=\"epcis:ErrorDeclarationType\" minOccurs=\"0\"/>
      <xsd:element name=\"extension\" type=\"epcis:EPCISEventExtension2Type\" minOccurs=\"0\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
-->
\t<xsd:simpleType name=\"DateTimeStamp\">
\t\t<xsd:restriction base=\"xsd:dateTime\">
\t\t\t<xsd:pattern value=\"([0-9]{4})-(1[0-2]|0[1-9])-(3[01]|0[1-9]|[12][0-9])T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\\.[0-9]+)?(Z|(([+]|[-])((0[0-9]|1[0-3]):([0-5][0-9])|14:00)))\"/>
\t\t</xsd:restriction>
\t</xsd:simpleType>


  <xsd:complexType name=\"EPCISEventExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##other\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <xsd:complexType name=\"SensorMetadataType\">
    <xsd:simpleContent>
      <xsd:extension base=\"xsd:string\">
        <xsd:attribute type=\"epcis:DateTimeStamp\" name=\"time\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"deviceID\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"deviceMetadata\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"rawData\" use=\"optional\"/>
        <xsd:attribute type=\"epcis:DateTimeStamp\" name=\"startTime\" use=\"optional\"/>
        <xsd:attribute type=\"epcis:DateTimeStamp\" name=\"endTime\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"bizRules\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"dataProcessingMethod\" use=\"optional\"/>
        <xsd:anyAttribute processContents=\"lax\"/>
      </xsd:extension>
    </xsd:simpleContent>
  </xsd:complexType>

  <xsd:complexType name=\"SensorReportType\">
    <xsd:simpleContent>
      <xsd:extension base=\"xsd:string\">
        <xsd:attribute type=\"xsd:anyURI\" name=\"type\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:double\" name=\"value\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"component\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:string\" name=\"stringValue\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:boolean\" name=\"booleanValue\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:hexBinary\" name=\"hexBinaryValue\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"uriValue\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:string\" name=\"uom\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:double\" name=\"minValue\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:double\" name=\"maxValue\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:double\" name=\"sDev\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"chemicalSubstance\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"microorganism\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"deviceID\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"deviceMetadata\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"rawData\" use=\"optional\"/>
        <xsd:attribute type=\"epcis:DateTimeStamp\" name=\"time\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:double\" name=\"meanValue\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:double\" name=\"percRank\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:double\" name=\"percValue\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"dataProcessingMethod\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"coordinateReferenceSystem\" use=\"optional\"/>
        <xsd:attribute type=\"xsd:anyURI\" name=\"exception\" use=\"optional\"/>
        <xsd:anyAttribute processContents=\"lax\"/>
      </xsd:extension>
    </xsd:simpleContent>
  </xsd:complexType>

  <xsd:complexType name=\"SensorElementType\">
    <xsd:sequence>
      <xsd:element name=\"sensorMetadata\" type=\"epcis:SensorMetadataType\" minOccurs=\"0\"/>
      <xsd:element name=\"sensorReport\" type=\"epcis:SensorReportType\" minOccurs=\"1\" maxOccurs=\"unbounded\"/>
      <xsd:element name=\"extension\" type=\"epcis:SensorElementExtensionType\" minOccurs=\"0\"/>
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
  </xsd:complexType>

  <xsd:complexType name=\"SensorElementExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <xsd:complexType name=\"SensorElementListType\">
    <xsd:sequence>
      <xsd:element name=\"sensorElement\" type=\"epcis:SensorElementType\" minOccurs=\"1\" maxOccurs=\"unbounded\"/>
      <xsd:element name=\"extension\" type=\"epcis:SensorElementListExtensionType\" minOccurs=\"0\"/>
    </xsd:sequence>
  </xsd:complexType>

  <xsd:complexType name=\"SensorElementListExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>


  <xsd:complexType name=\"ObjectEventType\">
    <xsd:annotation>
      <xsd:documentation xml:lang=\"en\">
      Object Event captures information about an event pertaining to one or more
      objects identified by EPCs.
      </xsd:documentation>
    </xsd:annotation>
    <xsd:complexContent>
      <xsd:extension base=\"epcis:EPCISEventType\">
        <xsd:sequence>
          <xsd:element name=\"epcList\" type=\"epcis:EPCListType\" minOccurs=\"0\"/>
          <xsd:element name=\"action\" type=\"epcis:ActionType\"/>
          <xsd:element name=\"bizStep\" type=\"epcis:BusinessStepIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"disposition\" type=\"epcis:DispositionIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"readPoint\" type=\"epcis:ReadPointType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizLocation\" type=\"epcis:BusinessLocationType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizTransactionList\" type=\"epcis:BusinessTransactionListType\" minOccurs=\"0\"/>
          <xsd:element name=\"quantityList\" type=\"epcis:QuantityListType\" minOccurs=\"0\"/>
          <xsd:element name=\"sourceList\" type=\"epcis:SourceListType\" minOccurs=\"0\"/>
          <xsd:element name=\"destinationList\" type=\"epcis:DestinationListType\" minOccurs=\"0\"/>
          <xsd:element name=\"sensorElementList\" type=\"epcis:SensorElementListType\" minOccurs=\"0\"/>
          <xsd:element name=\"persistentDisposition\" type=\"epcis:PersistentDispositionType\" minOccurs=\"0\" />
          <xsd:element name=\"ilmd\" type=\"epcis:ILMDType\" minOccurs=\"0\"/>
          <xsd:element name=\"extension\" type=\"epcis:ObjectEventExtensionType\" minOccurs=\"0\"/>
          <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        </xsd:sequence>
        <xsd:anyAttribute processContents=\"lax\"/>
      </xsd:extension>
    </xsd:complexContent>
  </xsd:complexType>

  <!-- Removed in 2.0 -->
  <!--
  <xsd:complexType name=\"ObjectEventExtensionType\">
    <xsd:sequence>
      <xsd:element name=\"quantityList\" type=\"epcis:QuantityListType\" minOccurs=\"0\"/>
      <xsd:element name=\"sourceList\" type=\"epcis:SourceListType\" minOccurs=\"0\"/>
      <xsd:element name=\"destinationList\" type=\"epcis:DestinationListType\" minOccurs=\"0\"/>
      <xsd:element name=\"ilmd\" type=\"epcis:ILMDType\" minOccurs=\"0\"/>
      <xsd:element name=\"extension\" type=\"epcis:ObjectEventExtension2Type\" minOccurs=\"0\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
  -->

  <!-- ObjectEvent extension in since 2.0 -->
  <xsd:complexType name=\"ObjectEventExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##other\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>


  <xsd:complexType name=\"AggregationEventType\">
    <xsd:annotation>
      <xsd:documentation xml:lang=\"en\">
      Aggregation Event captures an event that applies to objects that
      have a physical association with one another.
      </xsd:documentation>
    </xsd:annotation>
    <xsd:complexContent>
      <xsd:extension base=\"epcis:EPCISEventType\">
        <xsd:sequence>
          <xsd:element name=\"parentID\" type=\"epcis:ParentIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"childEPCs\" type=\"epcis:EPCListType\" minOccurs=\"0\"/>
          <xsd:element name=\"action\" type=\"epcis:ActionType\"/>
          <xsd:element name=\"bizStep\" type=\"epcis:BusinessStepIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"disposition\" type=\"epcis:DispositionIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"readPoint\" type=\"epcis:ReadPointType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizLocation\" type=\"epcis:BusinessLocationType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizTransactionList\" type=\"epcis:BusinessTransactionListType\" minOccurs=\"0\"/>
          <xsd:element name=\"childQuantityList\" type=\"epcis:QuantityListType\" minOccurs=\"0\"/>
          <xsd:element name=\"sourceList\" type=\"epcis:SourceListType\" minOccurs=\"0\"/>
          <xsd:element name=\"destinationList\" type=\"epcis:DestinationListType\" minOccurs=\"0\"/>
          <xsd:element name=\"sensorElementList\" type=\"epcis:SensorElementListType\" minOccurs=\"0\"/>
          <xsd:element name=\"persistentDisposition\" type=\"epcis:PersistentDispositionType\" minOccurs=\"0\" />
          <xsd:element name=\"extension\" type=\"epcis:AggregationEventExtensionType\" minOccurs=\"0\"/>
          <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        </xsd:sequence>
        <xsd:anyAttribute processContents=\"lax\"/>
      </xsd:extension>
    </xsd:complexContent>
  </xsd:complexType>

  <!-- 2.0 moved to event root -->
  <!--
  <xsd:complexType name=\"AggregationEventExtensionType\">
    <xsd:sequence>
      <xsd:element name=\"childQuantityList\" type=\"epcis:QuantityListType\" minOccurs=\"0\"/>
      <xsd:element name=\"sourceList\" type=\"epcis:SourceListType\" minOccurs=\"0\"/>
      <xsd:element name=\"destinationList\" type=\"epcis:DestinationListType\" minOccurs=\"0\"/>
      <xsd:element name=\"sensorElementList\" type=\"epcis:SensorElementListType\" minOccurs=\"0\"/>
      <xsd:element name=\"persistentDisposition\" type=\"epcis:PersistentDispositionType\" minOccurs=\"0\" />
      <xsd:element name=\"extension\" type=\"epcis:AggregationEventExtension2Type\" minOccurs=\"0\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
  -->

  <!-- Since 1.1 -->
  <xsd:complexType name=\"AggregationEventExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##other\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <!-- DEPRECATED in 1.1, OMITTED in 2.0 onwards
  <xsd:complexType name=\"QuantityEventType\">
    <xsd:annotation>
      <xsd:documentation xml:lang=\"en\">
      Quantity Event captures an event that takes place with respect to a specified quantity of
      object class.
      </xsd:documentation>
    </xsd:annotation>
    <xsd:complexContent>
      <xsd:extension base=\"epcis:EPCISEventType\">
        <xsd:sequence>
          <xsd:element name=\"epcClass\" type=\"epcis:EPCClassType\"/>
          <xsd:element name=\"quantity\" type=\"xsd:int\"/>
          <xsd:element name=\"bizStep\" type=\"epcis:BusinessStepIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"disposition\" type=\"epcis:DispositionIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"readPoint\" type=\"epcis:ReadPointType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizLocation\" type=\"epcis:BusinessLocationType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizTransactionList\" type=\"epcis:BusinessTransactionListType\" minOccurs=\"0\"/>
          <xsd:element name=\"extension\" type=\"epcis:QuantityEventExtensionType\" minOccurs=\"0\"/>
          <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        </xsd:sequence>
        <xsd:anyAttribute processContents=\"lax\"/>
      </xsd:extension>
    </xsd:complexContent>
  </xsd:complexType>
  <xsd:complexType name=\"QuantityEventExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
-->

  <xsd:complexType name=\"TransactionEventType\">
    <xsd:annotation>
      <xsd:documentation xml:lang=\"en\">
      Transaction Event describes the association or disassociation of physical objects to one or more business
      transactions.
      </xsd:documentation>
    </xsd:annotation>
    <xsd:complexContent>
      <xsd:extension base=\"epcis:EPCISEventType\">
        <xsd:sequence>
          <xsd:element name=\"bizTransactionList\" type=\"epcis:BusinessTransactionListType\"/>
          <xsd:element name=\"parentID\" type=\"epcis:ParentIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"epcList\" type=\"epcis:EPCListType\" minOccurs=\"0\"/>
          <xsd:element name=\"action\" type=\"epcis:ActionType\"/>
          <xsd:element name=\"bizStep\" type=\"epcis:BusinessStepIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"disposition\" type=\"epcis:DispositionIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"readPoint\" type=\"epcis:ReadPointType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizLocation\" type=\"epcis:BusinessLocationType\" minOccurs=\"0\"/>
          <xsd:element name=\"quantityList\" type=\"epcis:QuantityListType\" minOccurs=\"0\"/>
          <xsd:element name=\"sourceList\" type=\"epcis:SourceListType\" minOccurs=\"0\"/>
          <xsd:element name=\"destinationList\" type=\"epcis:DestinationListType\" minOccurs=\"0\"/>
          <xsd:element name=\"sensorElementList\" type=\"epcis:SensorElementListType\" minOccurs=\"0\"/>
          <xsd:element name=\"persistentDisposition\" type=\"epcis:PersistentDispositionType\" minOccurs=\"0\" />          
          <xsd:element name=\"extension\" type=\"epcis:TransactionEventExtensionType\" minOccurs=\"0\"/>
          <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        </xsd:sequence>
        <xsd:anyAttribute processContents=\"lax\"/>
      </xsd:extension>
    </xsd:complexContent>
  </xsd:complexType>

  <!-- 2.0 moved to event root -->
  <!--
  <xsd:complexType name=\"TransactionEventExtensionType\">
    <xsd:sequence>
      <xsd:element name=\"quantityList\" type=\"epcis:QuantityListType\" minOccurs=\"0\"/>
      <xsd:element name=\"sourceList\" type=\"epcis:SourceListType\" minOccurs=\"0\"/>
      <xsd:element name=\"destinationList\" type=\"epcis:DestinationListType\" minOccurs=\"0\"/>
      <xsd:element name=\"sensorElementList\" type=\"epcis:SensorElementListType\" minOccurs=\"0\"/>
      <xsd:element name=\"persistentDisposition\" type=\"epcis:PersistentDispositionType\" minOccurs=\"0\" />
      <xsd:element name=\"extension\" type=\"epcis:TransactionEventExtension2Type\" minOccurs=\"0\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>
  -->

  <!-- Since 1.1 -->
  <xsd:complexType name=\"TransactionEventExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##other\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <!-- Modified in 2.0 -->
  <xsd:complexType name=\"TransformationEventType\">
    <xsd:annotation>
      <xsd:documentation xml:lang=\"en\">
      Transformation Event captures an event in which inputs are consumed
      and outputs are produced
      </xsd:documentation>
    </xsd:annotation>
    <xsd:complexContent>
      <xsd:extension base=\"epcis:EPCISEventType\">
        <xsd:sequence>
          <xsd:element name=\"inputEPCList\" type=\"epcis:EPCListType\" minOccurs=\"0\"/>
          <xsd:element name=\"inputQuantityList\" type=\"epcis:QuantityListType\" minOccurs=\"0\"/>
          <xsd:element name=\"outputEPCList\" type=\"epcis:EPCListType\" minOccurs=\"0\"/>
          <xsd:element name=\"outputQuantityList\" type=\"epcis:QuantityListType\" minOccurs=\"0\"/>
          <xsd:element name=\"transformationID\" type=\"epcis:TransformationIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizStep\" type=\"epcis:BusinessStepIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"disposition\" type=\"epcis:DispositionIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"readPoint\" type=\"epcis:ReadPointType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizLocation\" type=\"epcis:BusinessLocationType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizTransactionList\" type=\"epcis:BusinessTransactionListType\" minOccurs=\"0\"/>
          <xsd:element name=\"sourceList\" type=\"epcis:SourceListType\" minOccurs=\"0\"/>
          <xsd:element name=\"destinationList\" type=\"epcis:DestinationListType\" minOccurs=\"0\"/>
          <xsd:element name=\"sensorElementList\" type=\"epcis:SensorElementListType\" minOccurs=\"0\"/>
          <xsd:element name=\"persistentDisposition\" type=\"epcis:PersistentDispositionType\" minOccurs=\"0\" />
          <xsd:element name=\"ilmd\" type=\"epcis:ILMDType\" minOccurs=\"0\"/>
          <xsd:element name=\"extension\" type=\"epcis:TransformationEventExtensionType\" minOccurs=\"0\"/>
          <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        </xsd:sequence>
        <xsd:anyAttribute processContents=\"lax\"/>
      </xsd:extension>
    </xsd:complexContent>
  </xsd:complexType>


  <!-- 2.0 moved to event root -->
  <!--
   <xsd:complexType name=\"TransformationEventExtensionType\">
     <xsd:sequence>
       <xsd:element name=\"sensorElementList\" type=\"epcis:SensorElementListType\" minOccurs=\"0\"/>
       <xsd:element name=\"persistentDisposition\" type=\"epcis:PersistentDispositionType\" minOccurs=\"0\" />
       <xsd:element name=\"extension\" type=\"epcis:TransformationEventExtension2Type\" minOccurs=\"0\"/>
     </xsd:sequence>
     <xsd:anyAttribute processContents=\"lax\"/>
   </xsd:complexType>
   -->

  <!-- Since 1.1 -->
  <xsd:complexType name=\"TransformationEventExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##other\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <!-- Since 2.0 -->
  <xsd:complexType name=\"AssociationEventType\">
    <xsd:annotation>
      <xsd:documentation xml:lang=\"en\">
      Association Event captures an event that applies to objects that
      have a physical association with one another, a physical association being more
      permanent or persistent than a physical aggregation.
      </xsd:documentation>
    </xsd:annotation>
    <xsd:complexContent>
      <xsd:extension base=\"epcis:EPCISEventType\">
        <xsd:sequence>
          <xsd:element name=\"parentID\" type=\"epcis:ParentIDType\" minOccurs=\"1\"/>
          <xsd:element name=\"childEPCs\" type=\"epcis:EPCListType\" minOccurs=\"0\"/>
          <xsd:element name=\"childQuantityList\" type=\"epcis:QuantityListType\" minOccurs=\"0\"/>
          <xsd:element name=\"action\" type=\"epcis:ActionType\"/>
          <xsd:element name=\"bizStep\" type=\"epcis:BusinessStepIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"disposition\" type=\"epcis:DispositionIDType\" minOccurs=\"0\"/>
          <xsd:element name=\"readPoint\" type=\"epcis:ReadPointType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizLocation\" type=\"epcis:BusinessLocationType\" minOccurs=\"0\"/>
          <xsd:element name=\"bizTransactionList\" type=\"epcis:BusinessTransactionListType\" minOccurs=\"0\"/>
          <xsd:element name=\"sourceList\" type=\"epcis:SourceListType\" minOccurs=\"0\"/>
          <xsd:element name=\"destinationList\" type=\"epcis:DestinationListType\" minOccurs=\"0\"/>
          <xsd:element name=\"sensorElementList\" type=\"epcis:SensorElementListType\" minOccurs=\"0\"/>
          <xsd:element name=\"persistentDisposition\" type=\"epcis:PersistentDispositionType\" minOccurs=\"0\" />          
          <xsd:element name=\"extension\" type=\"epcis:AssociationEventExtensionType\" minOccurs=\"0\"/>
          <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
        </xsd:sequence>
        <xsd:anyAttribute processContents=\"lax\"/>
      </xsd:extension>
    </xsd:complexContent>
  </xsd:complexType>

  <!-- Since 2.0 -->
  <xsd:complexType name=\"AssociationEventExtensionType\">
    <xsd:sequence>
      <xsd:any namespace=\"##other\" processContents=\"lax\" maxOccurs=\"unbounded\"/>
    </xsd:sequence>
    <xsd:anyAttribute processContents=\"lax\"/>
  </xsd:complexType>

  <!-- Capture 2.0 -->
   <xsd:element name=\"EPCISCaptureJob\" type=\"epcis:EPCISCaptureJobType\"/>
   <xsd:complexType name=\"EPCISCaptureJobType\">
      <xsd:sequence>
         <xsd:element name=\"captureErrorBehaviour\" type=\"epcis:EPCISCaptureErrorBehaviourType\" minOccurs=\"1\" maxOccurs=\"1\" />
         <xsd:element name=\"createdAt\" type=\"epcis:DateTimeStamp\" minOccurs=\"0\" maxOccurs=\"1\" />
         <xsd:element name=\"finishedAt\" type=\"epcis:DateTimeStamp\" minOccurs=\"0\" maxOccurs=\"1\" />
         <xsd:choice minOccurs=\"0\" maxOccurs=\"1\">
            <xsd:element name=\"errors\" type=\"epcis:EPCISCaptureDocumentErrorListType\" />
            <xsd:element name=\"errorFile\" type=\"xsd:anyURI\" />
         </xsd:choice>
         <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
      </xsd:sequence>
      <xsd:attribute name=\"running\" use=\"required\" type=\"xsd:boolean\" />
      <xsd:attribute name=\"success\" use=\"required\" type=\"xsd:boolean\" />
      <xsd:attribute name=\"captureID\" use=\"required\" type=\"xsd:string\" />
      <xsd:anyAttribute processContents=\"lax\"/>
   </xsd:complexType>

   <xsd:element name=\"EPCISException\" type=\"epcis:RFC7807ProblemResponseBodyType\"/>  
   <xsd:complexType name=\"RFC7807ProblemResponseBodyType\">
      <xsd:sequence>
         <xsd:element name=\"type\" type=\"xsd:anyURI\" minOccurs=\"1\" maxOccurs=\"1\" />
         <xsd:element name=\"title\" type=\"xsd:string\" minOccurs=\"1\" maxOccurs=\"1\" />
         <xsd:element name=\"status\" type=\"xsd:int\" minOccurs=\"0\" maxOccurs=\"1\" />
         <xsd:element name=\"detail\" type=\"xsd:string\" minOccurs=\"0\" maxOccurs=\"1\" />
         <xsd:element name=\"instance\" type=\"xsd:anyURI\" minOccurs=\"0\" maxOccurs=\"1\" />
         <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>
      </xsd:sequence>
   </xsd:complexType>

   <xsd:simpleType name=\"EPCISCaptureErrorBehaviourType\">
      <xsd:restriction base=\"xsd:string\">
         <xsd:enumeration value=\"rollback\"/>
         <xsd:enumeration value=\"proceed\"/>
      </xsd:restriction>
   </xsd:simpleType>

   <xsd:complexType name=\"EPCISCaptureDocumentErrorListType\">
      <xsd:sequence>
         <xsd:element name=\"error\" type=\"epcis:RFC7807ProblemResponseBodyType\" minOccurs=\"1\" maxOccurs=\"unbounded\" />
      </xsd:sequence>
   </xsd:complexType>
</xsd:schema>

""",
        "EPCglobal-epcis-masterdata-2_0.xsd": """
<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r
<xsd:schema xmlns:epcismd=\"urn:epcglobal:epcis-masterdata:xsd:2\" \r
   xmlns:sbdh=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" \r
   xmlns:epcglobal=\"urn:epcglobal:xsd:1\"\r
   xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\"\r
   xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" \r
   targetNamespace=\"urn:epcglobal:epcis-masterdata:xsd:2\" \r
   elementFormDefault=\"unqualified\" \r
   attributeFormDefault=\"unqualified\" \r
   version=\"2.0\">\r
  <xsd:annotation>\r
    <xsd:documentation xml:lang=\"en\">\r
      <epcglobal:copyright> Copyright (C) 2006-2022 GS1 AISBL, All Rights Reserved.</epcglobal:copyright>\r
      <epcglobal:disclaimer>\r
THIS DOCUMENT IS PROVIDED “AS IS” WITH NO WARRANTIES WHATSOEVER, INCLUDING ANY WARRANTY OF MERCHANTABILITY, NONINFRINGMENT, FITNESS FOR PARTICULAR PURPOSE, OR ANY WARRANTY OTHER WISE ARISING OUT OF THIS SPECIFICATION. GS1 disclaims all liability for any damages arising from use or misuse of this Standard, whether special, indirect, consequential, or compensatory damages, and including liability for infringement of any intellectual property rights, relating to use of information in or reliance upon this document.\r
GS1 retains the right to make changes to this document at any time, without notice. GS1 makes no warranty for the use of this document and assumes no responsibility for any errors which may appear in the document, nor does it make a commitment to update the information contained herein.\r
      </epcglobal:disclaimer>\r
      <epcglobal:specification>EPC INFORMATION SERVICE (EPCIS) Version 2.0</epcglobal:specification>\r
    </xsd:documentation>\r
  </xsd:annotation>\r
  <xsd:import namespace=\"urn:epcglobal:xsd:1\" schemaLocation=\"./EPCglobal.xsd\"/>\r
  <xsd:import \r
     namespace=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" \r
     schemaLocation=\"./StandardBusinessDocumentHeader.xsd\"/>\r
  <xsd:import \r
    namespace=\"urn:epcglobal:epcis:xsd:2\" \r
    schemaLocation=\"./EPCglobal-epcis-2_0.xsd\"/>\r
\r
  <!-- MasterData CORE ELEMENTS -->\r
  <xsd:element name=\"EPCISMasterDataDocument\" type=\"epcismd:EPCISMasterDataDocumentType\"/>\r
  <xsd:complexType name=\"EPCISMasterDataDocumentType\">\r
    <xsd:annotation>\r
      <xsd:documentation xml:lang=\"en\">\r
      MasterData document that contains a Header and a Body.\r
              </xsd:documentation>\r
    </xsd:annotation>\r
    <xsd:complexContent>\r
      <xsd:extension base=\"epcglobal:Document\">\r
        <xsd:sequence>\r
          <xsd:element name=\"EPCISHeader\" type=\"epcis:EPCISHeaderType\" minOccurs=\"0\"/>\r
          <xsd:element name=\"EPCISBody\" type=\"epcismd:EPCISMasterDataBodyType\"/>\r
          <xsd:element name=\"extension\" type=\"epcismd:EPCISMasterDataDocumentExtensionType\" minOccurs=\"0\"/>\r
          <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
        </xsd:sequence>\r
        <xsd:anyAttribute processContents=\"lax\"/>\r
      </xsd:extension>\r
    </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"EPCISMasterDataBodyType\">\r
    <xsd:annotation>\r
      <xsd:documentation xml:lang=\"en\">\r
      MasterData specific body that contains Vocabularies.\r
              </xsd:documentation>\r
    </xsd:annotation>\r
    <xsd:sequence>\r
      <xsd:element name=\"VocabularyList\" type=\"epcis:VocabularyListType\" minOccurs=\"0\"/>\r
      <xsd:element name=\"extension\" type=\"epcismd:EPCISMasterDataBodyExtensionType\" minOccurs=\"0\"/>\r
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
    <xsd:anyAttribute processContents=\"lax\"/>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"EPCISMasterDataDocumentExtensionType\">\r
    <xsd:sequence>\r
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
    <xsd:anyAttribute processContents=\"lax\"/>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"EPCISMasterDataHeaderExtensionType\">\r
    <xsd:sequence>\r
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
    <xsd:anyAttribute processContents=\"lax\"/>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"EPCISMasterDataBodyExtensionType\">\r
    <xsd:sequence>\r
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
    <xsd:anyAttribute processContents=\"lax\"/>\r
  </xsd:complexType>\r
\r
</xsd:schema>\r

""",
        "EPCglobal-epcis-query-2_0.xsd": """
<?xml version=\"1.0\" encoding=\"UTF-8\"?> \r
<xsd:schema targetNamespace=\"urn:epcglobal:epcis-query:xsd:2\" \r
   xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" \r
   xmlns:epcismd=\"urn:epcglobal:epcis-masterdata:xsd:2\"\r
   xmlns:epcisq=\"urn:epcglobal:epcis-query:xsd:2\" \r
   xmlns:epcglobal=\"urn:epcglobal:xsd:1\" \r
   xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" \r
   elementFormDefault=\"unqualified\" \r
   attributeFormDefault=\"unqualified\"\r
   version=\"2.0\">\r
\r
  <xsd:annotation>\r
    <xsd:documentation xml:lang=\"en\">\r
      <epcglobal:copyright>\r
         Copyright (C) 2006-2022 GS1 AISBL, All Rights Reserved\r
      </epcglobal:copyright>\r
      <epcglobal:disclaimer>\r
THIS DOCUMENT IS PROVIDED “AS IS” WITH NO WARRANTIES WHATSOEVER, INCLUDING ANY WARRANTY OF MERCHANTABILITY, NONINFRINGMENT, FITNESS FOR PARTICULAR PURPOSE, OR ANY WARRANTY OTHER WISE ARISING OUT OF THIS SPECIFICATION. GS1 disclaims all liability for any damages arising from use or misuse of this Standard, whether special, indirect, consequential, or compensatory damages, and including liability for infringement of any intellectual property rights, relating to use of information in or reliance upon this document.\r
GS1 retains the right to make changes to this document at any time, without notice. GS1 makes no warranty for the use of this document and assumes no responsibility for any errors which may appear in the document, nor does it make a commitment to update the information contained herein.\r
      </epcglobal:disclaimer>\r
      <epcglobal:specification>\r
         EPCIS Query 2.0\r
      </epcglobal:specification>\r
    </xsd:documentation>\r
  </xsd:annotation>\r
\r
  <xsd:import namespace=\"urn:epcglobal:xsd:1\" schemaLocation=\"./EPCglobal.xsd\"/>\r
  <xsd:import namespace=\"urn:epcglobal:epcis:xsd:2\" schemaLocation=\"./EPCglobal-epcis-2_0.xsd\"/>\r
\r
  <xsd:element name=\"EPCISQueryDocument\" type=\"epcisq:EPCISQueryDocumentType\"/>\r
  <xsd:complexType name=\"EPCISQueryDocumentType\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcglobal:Document\">\r
          <xsd:sequence>\r
            <xsd:element name=\"EPCISHeader\" type=\"epcis:EPCISHeaderType\" minOccurs=\"0\"/>\r
            <xsd:element name=\"EPCISBody\" type=\"epcisq:EPCISQueryBodyType\"/>\r
            <xsd:element name=\"extension\" type=\"epcisq:EPCISQueryDocumentExtensionType\" minOccurs=\"0\"/>\r
            <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
          </xsd:sequence>\r
          <xsd:anyAttribute processContents=\"lax\"/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
\t<xsd:complexType name=\"EPCISQueryDocumentExtensionType\">\r
\t\t<xsd:sequence>\r
\t\t\t<xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>\r
\t\t</xsd:sequence>\r
\t\t<xsd:anyAttribute processContents=\"lax\"/>\r
\t</xsd:complexType>\r
\r
  <xsd:complexType name=\"EPCISQueryBodyType\">\r
     <xsd:choice>\r
        <xsd:element ref=\"epcisq:GetQueryNames\"/>\r
        <xsd:element ref=\"epcisq:GetQueryNamesResult\"/>\r
        <xsd:element ref=\"epcisq:Subscribe\"/>\r
        <xsd:element ref=\"epcisq:SubscribeResult\"/>\r
        <xsd:element ref=\"epcisq:Unsubscribe\"/>\r
        <xsd:element ref=\"epcisq:UnsubscribeResult\"/>\r
        <xsd:element ref=\"epcisq:GetSubscriptionIDs\"/>\r
        <xsd:element ref=\"epcisq:GetSubscriptionIDsResult\"/>\r
        <xsd:element ref=\"epcisq:Poll\"/>\r
        <xsd:element ref=\"epcisq:GetStandardVersion\"/>\r
        <xsd:element ref=\"epcisq:GetStandardVersionResult\"/>\r
        <xsd:element ref=\"epcisq:GetVendorVersion\"/>\r
        <xsd:element ref=\"epcisq:GetVendorVersionResult\"/>\r
        <xsd:element ref=\"epcisq:DuplicateNameException\"/>\r
      <!-- queryValidationException unimplemented in EPCIS 1.0\r
        <xsd:element ref=\"epcisq:QueryValidationException\"/>\r
      -->\r
        <xsd:element ref=\"epcisq:InvalidURIException\"/>\r
        <xsd:element ref=\"epcisq:NoSuchNameException\"/>\r
        <xsd:element ref=\"epcisq:NoSuchSubscriptionException\"/>\r
        <xsd:element ref=\"epcisq:DuplicateSubscriptionException\"/>\r
        <xsd:element ref=\"epcisq:QueryParameterException\"/>\r
        <xsd:element ref=\"epcisq:QueryTooLargeException\"/>\r
        <xsd:element ref=\"epcisq:QueryTooComplexException\"/>\r
        <xsd:element ref=\"epcisq:SubscriptionControlsException\"/>\r
        <xsd:element ref=\"epcisq:SubscribeNotPermittedException\"/>\r
        <xsd:element ref=\"epcisq:SecurityException\"/>\r
        <xsd:element ref=\"epcisq:ValidationException\"/>\r
        <xsd:element ref=\"epcisq:ImplementationException\"/>\r
        <xsd:element ref=\"epcisq:QueryResults\"/>\r
      </xsd:choice>\r
   </xsd:complexType>\r
\r
  <!-- EPCISSERVICE MESSAGE WRAPPERS -->\r
\r
  <xsd:element name=\"GetQueryNames\" type=\"epcisq:EmptyParms\"/>\r
  <xsd:element name=\"GetQueryNamesResult\" type=\"epcisq:ArrayOfString\"/>\r
\r
  <xsd:element name=\"Subscribe\" type=\"epcisq:Subscribe\"/>\r
  <xsd:complexType name=\"Subscribe\">\r
     <xsd:sequence>\r
        <xsd:element name=\"queryName\" type=\"xsd:string\"/>\r
        <xsd:element name=\"params\" type=\"epcisq:QueryParams\"/>\r
        <xsd:element name=\"dest\" type=\"xsd:anyURI\"/>\r
        <xsd:element name=\"controls\" type=\"epcisq:SubscriptionControls\"/>\r
        <xsd:element name=\"subscriptionID\" type=\"xsd:string\"/>\r
     </xsd:sequence>\r
  </xsd:complexType>\r
  <xsd:element name=\"SubscribeResult\" type=\"epcisq:VoidHolder\"/>\r
\r
  <xsd:element name=\"Unsubscribe\" type=\"epcisq:Unsubscribe\"/>\r
  <xsd:complexType name=\"Unsubscribe\">\r
     <xsd:sequence>\r
        <xsd:element name=\"subscriptionID\" type=\"xsd:string\"/>\r
     </xsd:sequence>\r
  </xsd:complexType>\r
  <xsd:element name=\"UnsubscribeResult\" type=\"epcisq:VoidHolder\"/>\r
\r
  <xsd:element name=\"GetSubscriptionIDs\" type=\"epcisq:GetSubscriptionIDs\"/>\r
  <xsd:complexType name=\"GetSubscriptionIDs\">\r
     <xsd:sequence>\r
        <xsd:element name=\"queryName\" type=\"xsd:string\"/>\r
     </xsd:sequence>\r
  </xsd:complexType>\r
  <xsd:element name=\"GetSubscriptionIDsResult\" type=\"epcisq:ArrayOfString\"/>\r
\r
  <xsd:element name=\"Poll\" type=\"epcisq:Poll\"/>\r
  <xsd:complexType name=\"Poll\">\r
     <xsd:sequence>\r
        <xsd:element name=\"queryName\" type=\"xsd:string\"/>\r
        <xsd:element name=\"params\" type=\"epcisq:QueryParams\"/>\r
     </xsd:sequence>\r
  </xsd:complexType>\r
  <!-- The response from a Poll method is the QueryResults element, defined below.\r
       The QueryResults element is also used to deliver standing query results\r
       through the Query Callback Interface -->\r
\r
  <xsd:element name=\"GetStandardVersion\" type=\"epcisq:EmptyParms\"/>\r
  <xsd:element name=\"GetStandardVersionResult\" type=\"xsd:string\"/>\r
\r
  <xsd:element name=\"GetVendorVersion\" type=\"epcisq:EmptyParms\"/>\r
  <xsd:element name=\"GetVendorVersionResult\" type=\"xsd:string\"/>\r
\r
  <xsd:element name=\"VoidHolder\" type=\"epcisq:VoidHolder\"/>\r
  <xsd:complexType name=\"VoidHolder\">\r
     <xsd:sequence>\r
     </xsd:sequence>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"EmptyParms\"/>\r
\r
  <xsd:complexType name=\"ArrayOfString\">\r
     <xsd:sequence>\r
        <xsd:element name=\"string\" type=\"xsd:string\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
     </xsd:sequence>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"SubscriptionControls\">\r
    <xsd:sequence>\r
      <xsd:element name=\"schedule\" type=\"epcisq:QuerySchedule\" minOccurs=\"0\"/>\r
      <xsd:element name=\"trigger\" type=\"xsd:anyURI\" minOccurs=\"0\"/>\r
      <xsd:element name=\"initialRecordTime\" type=\"epcis:DateTimeStamp\" minOccurs=\"0\"/>\r
      <xsd:element name=\"reportIfEmpty\" type=\"xsd:boolean\"/>\r
      <xsd:element name=\"extension\" type=\"epcisq:SubscriptionControlsExtensionType\" minOccurs=\"0\"/>\r
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"SubscriptionControlsExtensionType\">\r
    <xsd:sequence>\r
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
    <xsd:anyAttribute processContents=\"lax\"/>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"QuerySchedule\">\r
    <xsd:sequence>\r
       <xsd:element name=\"second\" type=\"xsd:string\" minOccurs=\"0\"/>\r
       <xsd:element name=\"minute\" type=\"xsd:string\" minOccurs=\"0\"/>\r
       <xsd:element name=\"hour\" type=\"xsd:string\" minOccurs=\"0\"/>\r
       <xsd:element name=\"dayOfMonth\" type=\"xsd:string\" minOccurs=\"0\"/>\r
       <xsd:element name=\"month\" type=\"xsd:string\" minOccurs=\"0\"/>\r
       <xsd:element name=\"dayOfWeek\" type=\"xsd:string\" minOccurs=\"0\"/>\r
      <xsd:element name=\"extension\" type=\"epcisq:QueryScheduleExtensionType\" minOccurs=\"0\"/>\r
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"QueryScheduleExtensionType\">\r
    <xsd:sequence>\r
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
    <xsd:anyAttribute processContents=\"lax\"/>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"QueryParams\">\r
    <xsd:sequence>\r
      <xsd:element name=\"param\" type=\"epcisq:QueryParam\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"QueryParam\">\r
    <xsd:sequence>\r
      <xsd:element name=\"name\" type=\"xsd:string\"/>\r
      <!-- See note in EPCIS spec text regarding the value for this element -->\r
      <xsd:element name=\"value\" type=\"xsd:anyType\"/>\r
    </xsd:sequence>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"QueryResults\" type=\"epcisq:QueryResults\"/>\r
  <xsd:complexType name=\"QueryResults\">\r
    <xsd:sequence>\r
      <xsd:element name=\"queryName\" type=\"xsd:string\"/>\r
      <xsd:element name=\"subscriptionID\" type=\"xsd:string\" minOccurs=\"0\"/>\r
      <xsd:element name=\"resultsBody\" type=\"epcisq:QueryResultsBody\"/>\r
      <xsd:element name=\"extension\" type=\"epcisq:QueryResultsExtensionType\" minOccurs=\"0\"/>\r
      <xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"QueryResultsExtensionType\">\r
    <xsd:sequence>\r
      <xsd:any namespace=\"##local\" processContents=\"lax\" maxOccurs=\"unbounded\"/>\r
    </xsd:sequence>\r
    <xsd:anyAttribute processContents=\"lax\"/>\r
  </xsd:complexType>\r
\r
  <xsd:complexType name=\"QueryResultsBody\">\r
    <xsd:choice>\r
      <xsd:element name=\"EventList\" type=\"epcis:EventListType\"/>\r
      <xsd:element name=\"VocabularyList\" type=\"epcis:VocabularyListType\"/>\r
    </xsd:choice>\r
  </xsd:complexType>\r
\r
  <!-- EPCIS EXCEPTIONS -->\r
\r
  <xsd:element name=\"EPCISException\" type=\"epcisq:EPCISException\"/>\r
  <xsd:complexType name=\"EPCISException\">\r
     <xsd:sequence>\r
        <xsd:element name=\"reason\" type=\"xsd:string\"/>\r
     </xsd:sequence>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"DuplicateNameException\" type=\"epcisq:DuplicateNameException\"/>\r
  <xsd:complexType name=\"DuplicateNameException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <!-- QueryValidationException not implemented in EPCIS 1.0\r
  <xsd:element name=\"QueryValidationException\" type=\"epcisq:QueryValidationException\"/>\r
  <xsd:complexType name=\"QueryValidationException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
  -->\r
\r
  <xsd:element name=\"InvalidURIException\" type=\"epcisq:InvalidURIException\"/>\r
  <xsd:complexType name=\"InvalidURIException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"NoSuchNameException\" type=\"epcisq:NoSuchNameException\"/>\r
  <xsd:complexType name=\"NoSuchNameException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"NoSuchSubscriptionException\" type=\"epcisq:NoSuchSubscriptionException\"/>\r
  <xsd:complexType name=\"NoSuchSubscriptionException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"DuplicateSubscriptionException\" type=\"epcisq:DuplicateSubscriptionException\"/>\r
  <xsd:complexType name=\"DuplicateSubscriptionException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"QueryParameterException\" type=\"epcisq:QueryParameterException\"/>\r
  <xsd:complexType name=\"QueryParameterException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"QueryTooLargeException\" type=\"epcisq:QueryTooLargeException\"/>\r
  <xsd:complexType name=\"QueryTooLargeException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence>\r
             <xsd:element name=\"queryName\" type=\"xsd:string\" minOccurs=\"0\"/>\r
             <xsd:element name=\"subscriptionID\" type=\"xsd:string\" minOccurs=\"0\"/>\r
           </xsd:sequence>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"QueryTooComplexException\" type=\"epcisq:QueryTooComplexException\"/>\r
  <xsd:complexType name=\"QueryTooComplexException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"SubscriptionControlsException\" type=\"epcisq:SubscriptionControlsException\"/>\r
  <xsd:complexType name=\"SubscriptionControlsException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"SubscribeNotPermittedException\" type=\"epcisq:SubscribeNotPermittedException\"/>\r
  <xsd:complexType name=\"SubscribeNotPermittedException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"SecurityException\" type=\"epcisq:SecurityException\"/>\r
  <xsd:complexType name=\"SecurityException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"ValidationException\" type=\"epcisq:ValidationException\"/>\r
  <xsd:complexType name=\"ValidationException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence/>\r
        </xsd:extension>\r
     </xsd:complexContent>\r
  </xsd:complexType>\r
\r
  <xsd:element name=\"ImplementationException\"\r
               type=\"epcisq:ImplementationException\"/>\r
  <xsd:complexType name=\"ImplementationException\">\r
     <xsd:complexContent>\r
        <xsd:extension base=\"epcisq:EPCISException\">\r
           <xsd:sequence>\r
              <xsd:element name=\"severity\"\r
                           type=\"epcisq:ImplementationExceptionSeverity\"/>\r
              <xsd:element name=\"queryName\" type=\"xsd:string\" minOccurs=\"0\"/>\r
              <xsd:element name=\"subscriptionID\" type=\"xsd:string\" minOccurs=\"0\"/>\r
           </xsd:sequence>\r
         </xsd:extension>\r
     </xsd:complexContent>\r
   </xsd:complexType>\r
\r
   <xsd:simpleType name=\"ImplementationExceptionSeverity\">\r
     <xsd:restriction base=\"xsd:NCName\">\r
         <xsd:enumeration value=\"ERROR\"/>\r
         <xsd:enumeration value=\"SEVERE\"/>\r
     </xsd:restriction>\r
   </xsd:simpleType>\r
\r
</xsd:schema>\r

""",
        "EPCglobal.xsd": """
<xsd:schema xmlns:epcglobal=\"urn:epcglobal:xsd:1\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:epcglobal:xsd:1\" elementFormDefault=\"unqualified\" attributeFormDefault=\"unqualified\" version=\"1.0\">\r
\t<xsd:annotation>\r
\t\t<xsd:documentation>\r
\t\t\t<epcglobal:copyright>Copyright (C) 2004 Epcglobal Inc., All Rights Reserved.</epcglobal:copyright>\r
\t\t\t<epcglobal:disclaimer>EPCglobal Inc., its members, officers, directors, employees, or agents shall not be liable for any injury, loss, damages, financial or otherwise, arising from, related to, or caused by the use of this document.  The use of said document shall constitute your express consent to the foregoing exculpation.</epcglobal:disclaimer>\r
\t\t\t<epcglobal:specification>EPCglobal common components Version 1.0</epcglobal:specification>\r
\t\t</xsd:documentation>\r
\t</xsd:annotation>\r
\t<xsd:complexType name=\"Document\" abstract=\"true\">\r
\t\t<xsd:annotation>\r
\t\t\t<xsd:documentation xml:lang=\"en\">\r
         EPCglobal document properties for all messages.\r
      </xsd:documentation>\r
\t\t</xsd:annotation>\r
\t\t<xsd:attribute name=\"schemaVersion\" type=\"xsd:decimal\" use=\"required\">\r
\t\t\t<xsd:annotation>\r
\t\t\t\t<xsd:documentation xml:lang=\"en\">\r
           The version of the schema corresponding to which the instance conforms. \r
        </xsd:documentation>\r
\t\t\t</xsd:annotation>\r
\t\t</xsd:attribute>\r
\t\t<xsd:attribute name=\"creationDate\" type=\"xsd:dateTime\" use=\"required\">\r
\t\t\t<xsd:annotation>\r
\t\t\t\t<xsd:documentation xml:lang=\"en\">\r
           The date the message was created. Used for auditing and logging.\r
        </xsd:documentation>\r
\t\t\t</xsd:annotation>\r
\t\t</xsd:attribute>\r
\t</xsd:complexType>\r
\t<xsd:complexType name=\"EPC\">\r
\t\t<xsd:annotation>\r
\t\t\t<xsd:documentation xml:lang=\"en\">\r
         EPC represents the Electronic Product Code.\r
      </xsd:documentation>\r
\t\t</xsd:annotation>\r
\t\t<xsd:simpleContent>\r
\t\t\t<xsd:extension base=\"xsd:string\"/>\r
\t\t</xsd:simpleContent>\r
\t</xsd:complexType>\r
</xsd:schema>\r

""",
        "Manifest.xsd": """
<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r
<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" targetNamespace=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\r
  <xs:include schemaLocation=\"BasicTypes.xsd\"/>\r
\r
  <xs:complexType name=\"Manifest\">\r
    <xs:sequence>\r
      <xs:element name=\"NumberOfItems\" type=\"xs:integer\"/>\r
      <xs:element name=\"ManifestItem\" type=\"ManifestItem\" maxOccurs=\"unbounded\"/>\r
    </xs:sequence>\r
  </xs:complexType>\r
  <xs:complexType name=\"ManifestItem\">\r
    <xs:sequence>\r
      <xs:element name=\"MimeTypeQualifierCode\" type=\"MimeTypeQualifier\"/>\r
      <xs:element name=\"UniformResourceIdentifier\" type=\"xs:anyURI\"/>\r
      <xs:element name=\"Description\" type=\"xs:string\" minOccurs=\"0\"/>\r
      <xs:element name=\"LanguageCode\" type=\"Language\" minOccurs=\"0\"/>\r
    </xs:sequence>\r
  </xs:complexType>\r
</xs:schema>
""",
        "Partner.xsd": """
<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r
<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" targetNamespace=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\r
\r
  <xs:complexType name=\"Partner\">\r
    <xs:sequence>\r
      <xs:element name=\"Identifier\" type=\"PartnerIdentification\"/>\r
      <xs:element name=\"ContactInformation\" type=\"ContactInformation\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\r
    </xs:sequence>\r
  </xs:complexType>\r
  <xs:complexType name=\"PartnerIdentification\">\r
    <xs:simpleContent>\r
      <xs:extension base=\"xs:string\">\r
        <xs:attribute name=\"Authority\" type=\"xs:string\"/>\r
      </xs:extension>\r
    </xs:simpleContent>\r
  </xs:complexType>\r
  <xs:complexType name=\"ContactInformation\">\r
    <xs:sequence>\r
      <xs:element name=\"Contact\" type=\"xs:string\"/>\r
      <xs:element name=\"EmailAddress\" type=\"xs:string\" minOccurs=\"0\"/>\r
      <xs:element name=\"FaxNumber\" type=\"xs:string\" minOccurs=\"0\"/>\r
      <xs:element name=\"TelephoneNumber\" type=\"xs:string\" minOccurs=\"0\"/>\r
      <xs:element name=\"ContactTypeIdentifier\" type=\"xs:string\" minOccurs=\"0\"/>\r
    </xs:sequence>\r
  </xs:complexType>\r
</xs:schema>
""",
        "StandardBusinessDocumentHeader.xsd": """
<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r
<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" targetNamespace=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\" elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\r
  <xs:include schemaLocation=\"DocumentIdentification.xsd\"/>\r
  <xs:include schemaLocation=\"Partner.xsd\"/>\r
  <xs:include schemaLocation=\"Manifest.xsd\"/>\r
  <xs:include schemaLocation=\"BusinessScope.xsd\"/>\r
  <xs:complexType name=\"StandardBusinessDocumentHeader\">\r
    <xs:sequence>\r
      <xs:element name=\"HeaderVersion\" type=\"xs:string\"/>\r
      <xs:element name=\"Sender\" type=\"Partner\" maxOccurs=\"unbounded\"/>\r
      <xs:element name=\"Receiver\" type=\"Partner\" maxOccurs=\"unbounded\"/>\r
      <xs:element name=\"DocumentIdentification\" type=\"DocumentIdentification\"/>\r
      <xs:element name=\"Manifest\" type=\"Manifest\" minOccurs=\"0\"/>\r
      <xs:element name=\"BusinessScope\" type=\"BusinessScope\" minOccurs=\"0\"/>\r
    </xs:sequence>\r
  </xs:complexType>\r
  <xs:element name=\"StandardBusinessDocumentHeader\" type=\"StandardBusinessDocumentHeader\"/>\r
  <xs:element name=\"StandardBusinessDocument\" type=\"StandardBusinessDocument\"/>\r
  <xs:complexType name=\"StandardBusinessDocument\">\r
    <xs:sequence>\r
      <xs:element ref=\"StandardBusinessDocumentHeader\" minOccurs=\"0\"/>\r
      <xs:any namespace=\"##other\" processContents=\"lax\"/>\r
    </xs:sequence>\r
  </xs:complexType>\r
</xs:schema>
""",
    ]
}
