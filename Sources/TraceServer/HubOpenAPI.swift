/// The hub's OpenAPI 3.1 document, served at `/openapi.json`: a copy of `schemas/hub-openapi.json` (a test keeps
/// the two the same).
enum HubOpenAPI {
    static let document = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "FoodTrace hub",
            "version": "1.0.0",
            "description": "The native API of a FoodTrace hub (foodtrace serve): push and read signed records, trace, slips, parties, recalls, drills and audit jobs, plus a subset of the GS1 EPCIS 2.0 REST binding. Writes need no account (each record's signature is its credential); reads beyond /slips need a bearer token issued by a regulator (foodtrace token issue). Every error is a JSON body {\"error\":{status,code,message,requestId}}."
          },
          "servers": [
            {
              "url": "http://127.0.0.1:8080"
            }
          ],
          "paths": {
            "/healthz": {
              "get": {
                "operationId": "health",
                "summary": "Liveness",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              }
            },
            "/metrics": {
              "get": {
                "operationId": "metrics",
                "summary": "Prometheus metrics",
                "responses": {
                  "200": {
                    "description": "Prometheus text format",
                    "content": {
                      "text/plain": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              }
            },
            "/openapi.json": {
              "get": {
                "operationId": "openapi",
                "summary": "This document",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              }
            },
            "/heads": {
              "get": {
                "operationId": "heads",
                "summary": "Every issuer's head (high-water mark): what a node compares before it pushes",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Heads"
                        }
                      }
                    }
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              }
            },
            "/records": {
              "post": {
                "operationId": "pushRecords",
                "summary": "Push signed records (JSON Lines, optionally gzip): one all-or-nothing, idempotent ingest",
                "responses": {
                  "200": {
                    "description": "Every record stored or already present",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PushReport"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "413": {
                    "$ref": "#/components/responses/Error"
                  },
                  "415": {
                    "$ref": "#/components/responses/Error"
                  },
                  "422": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/x-ndjson": {
                      "schema": {
                        "type": "string"
                      }
                    }
                  }
                }
              },
              "get": {
                "operationId": "readRecords",
                "summary": "Records after a position in ingest order, one signed record per line",
                "responses": {
                  "200": {
                    "description": "JSON Lines; FoodTrace-Next-After is the position to pass next, FoodTrace-End says whether this was the last page",
                    "headers": {
                      "FoodTrace-Next-After": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "FoodTrace-End": {
                        "schema": {
                          "type": "string",
                          "enum": [
                            "true",
                            "false"
                          ]
                        }
                      }
                    },
                    "content": {
                      "application/x-ndjson": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ],
                "parameters": [
                  {
                    "name": "after",
                    "in": "query",
                    "schema": {
                      "type": "integer",
                      "minimum": 0
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 10000
                    }
                  },
                  {
                    "name": "party",
                    "in": "query",
                    "description": "records of this party and the parties registered under it (and every regulator's)",
                    "schema": {
                      "type": "string",
                      "pattern": "^[A-Za-z0-9-]{1,64}$"
                    }
                  },
                  {
                    "name": "area",
                    "in": "query",
                    "description": "records of the parties of this area (2 to 6 digits; and every regulator's)",
                    "schema": {
                      "type": "string",
                      "pattern": "^[0-9]{2,6}$"
                    }
                  }
                ]
              }
            },
            "/equivocations": {
              "get": {
                "operationId": "equivocations",
                "summary": "Records kept as equivocation evidence",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ]
              }
            },
            "/slips/{code}": {
              "get": {
                "operationId": "slip",
                "summary": "The shopper's view of a slip (public)",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Slip"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "code",
                    "in": "path",
                    "required": true,
                    "description": "20-digit trace code",
                    "schema": {
                      "type": "string",
                      "pattern": "^[0-9]{20}$"
                    }
                  }
                ]
              }
            },
            "/trace/{code}/up": {
              "get": {
                "operationId": "traceUp",
                "summary": "Every ancestor of a slip, meal or batch",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ],
                "parameters": [
                  {
                    "name": "code",
                    "in": "path",
                    "required": true,
                    "description": "20-digit trace code",
                    "schema": {
                      "type": "string",
                      "pattern": "^[0-9]{20}$"
                    }
                  }
                ]
              }
            },
            "/trace/{code}/down": {
              "get": {
                "operationId": "traceDown",
                "summary": "Every descendant of a batch (the recall scope)",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ],
                "parameters": [
                  {
                    "name": "code",
                    "in": "path",
                    "required": true,
                    "description": "20-digit trace code",
                    "schema": {
                      "type": "string",
                      "pattern": "^[0-9]{20}$"
                    }
                  }
                ]
              }
            },
            "/parties": {
              "get": {
                "operationId": "parties",
                "summary": "Every registered party",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ]
              }
            },
            "/parties/{id}": {
              "get": {
                "operationId": "party",
                "summary": "One registered party",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "pattern": "^[A-Za-z0-9-]{1,64}$"
                    }
                  }
                ]
              }
            },
            "/recalls": {
              "get": {
                "operationId": "recalls",
                "summary": "Every recall and its progress",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ]
              }
            },
            "/recalls/{notice}": {
              "get": {
                "operationId": "recall",
                "summary": "One recall's progress",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ],
                "parameters": [
                  {
                    "name": "notice",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/drills": {
              "get": {
                "operationId": "drills",
                "summary": "Recall drills recorded in the store",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ]
              }
            },
            "/drills/reports": {
              "post": {
                "operationId": "keepDrillReport",
                "summary": "Keep a recall drill's JSON report (accepted only when a stored drill record names its SHA-256)",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Already held",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "201": {
                    "description": "Kept",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "413": {
                    "$ref": "#/components/responses/Error"
                  },
                  "415": {
                    "$ref": "#/components/responses/Error"
                  },
                  "422": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              }
            },
            "/audits": {
              "post": {
                "operationId": "startAudit",
                "summary": "Start an audit job",
                "responses": {
                  "202": {
                    "description": "Started; poll Location",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuditJob"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "413": {
                    "$ref": "#/components/responses/Error"
                  },
                  "415": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ],
                "requestBody": {
                  "required": false,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AuditRequest"
                      }
                    }
                  }
                }
              }
            },
            "/audits/{id}": {
              "get": {
                "operationId": "auditJob",
                "summary": "An audit job's state",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuditJob"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/audits/{id}/report": {
              "get": {
                "operationId": "auditReport",
                "summary": "A finished audit's report",
                "responses": {
                  "200": {
                    "description": "The report",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      },
                      "text/plain": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "application/xml": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "application/sarif+json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "409": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "format",
                    "in": "query",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "json",
                        "text",
                        "junit",
                        "sarif"
                      ]
                    }
                  }
                ]
              }
            },
            "/": {
              "options": {
                "operationId": "epcisDiscovery",
                "summary": "EPCIS 2.0 discovery: GS1-EPCIS-Version and GS1-CBV-Version headers",
                "responses": {
                  "204": {
                    "description": "Supported versions in headers",
                    "headers": {
                      "GS1-EPCIS-Version": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "GS1-CBV-Version": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              }
            },
            "/eventTypes": {
              "get": {
                "operationId": "epcisEventTypes",
                "summary": "EPCIS event types",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Error"
                  },
                  "403": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "security": [
                  {
                    "bearer": []
                  }
                ]
              }
            },
            "/capture": {
              "post": {
                "operationId": "epcisCapture",
                "summary": "EPCIS capture: not served (501)",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              }
            },
            "/events": {
              "get": {
                "operationId": "epcisEvents",
                "summary": "EPCIS event query: not served (501)",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              }
            },
            "/log/head": {
              "get": {
                "operationId": "logHead",
                "summary": "The latest signed tree head of the hub's transparency log (signed first when records came in since the last)",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TreeHead"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              }
            },
            "/log/heads/{size}": {
              "get": {
                "operationId": "logHeadOfSize",
                "summary": "The signed tree head of one size, with the witnesses' co-signatures",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CosignedHead"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "size",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 9223372036854775807
                    }
                  }
                ]
              }
            },
            "/log/proof/inclusion": {
              "get": {
                "operationId": "logInclusionProof",
                "summary": "A record's inclusion proof (RFC 9162 §2.1.3) in the tree of a size (default: the latest signed head's)",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/InclusionProof"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "record",
                    "in": "query",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "pattern": "^sha256:[0-9a-f]{64}$"
                    }
                  },
                  {
                    "name": "size",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 9223372036854775807
                    }
                  }
                ]
              }
            },
            "/log/proof/consistency": {
              "get": {
                "operationId": "logConsistencyProof",
                "summary": "The consistency proof (RFC 9162 §2.1.4) between the trees of two sizes",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ConsistencyProof"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "from",
                    "in": "query",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 9223372036854775807
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 9223372036854775807
                    }
                  }
                ]
              }
            },
            "/log/cosignatures": {
              "post": {
                "operationId": "logCosign",
                "summary": "A witness's co-signature of one of the hub's heads (foodtrace log witness), checked and kept",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CosignedHead"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CosignedHead"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Error"
                  },
                  "404": {
                    "$ref": "#/components/responses/Error"
                  },
                  "413": {
                    "$ref": "#/components/responses/Error"
                  },
                  "415": {
                    "$ref": "#/components/responses/Error"
                  },
                  "422": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              }
            }
          },
          "components": {
            "securitySchemes": {
              "bearer": {
                "type": "http",
                "scheme": "bearer",
                "description": "ft1.CLAIMS.SIGNATURE, signed by a regulator anchor of the hub's store"
              }
            },
            "responses": {
              "Error": {
                "description": "An error",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            },
            "schemas": {
              "Error": {
                "type": "object",
                "required": [
                  "error"
                ],
                "properties": {
                  "error": {
                    "type": "object",
                    "required": [
                      "status",
                      "code",
                      "message"
                    ],
                    "properties": {
                      "status": {
                        "type": "integer"
                      },
                      "code": {
                        "type": "string"
                      },
                      "message": {
                        "type": "string"
                      },
                      "requestId": {
                        "type": "string"
                      },
                      "rejected": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/Rejection"
                        }
                      }
                    }
                  }
                }
              },
              "Rejection": {
                "type": "object",
                "required": [
                  "line",
                  "field",
                  "reason"
                ],
                "properties": {
                  "line": {
                    "type": "integer"
                  },
                  "record": {
                    "type": "string"
                  },
                  "field": {
                    "type": "string"
                  },
                  "reason": {
                    "type": "string"
                  }
                }
              },
              "Heads": {
                "type": "object",
                "required": [
                  "heads"
                ],
                "properties": {
                  "heads": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "object",
                      "required": [
                        "seq",
                        "id"
                      ],
                      "properties": {
                        "seq": {
                          "type": "integer"
                        },
                        "id": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              },
              "PushReport": {
                "type": "object",
                "required": [
                  "accepted",
                  "alreadyPresent",
                  "committed",
                  "rejected",
                  "equivocations"
                ],
                "properties": {
                  "accepted": {
                    "type": "integer"
                  },
                  "alreadyPresent": {
                    "type": "integer"
                  },
                  "committed": {
                    "type": "boolean"
                  },
                  "rejected": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Rejection"
                    }
                  },
                  "equivocations": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  },
                  "head": {
                    "$ref": "#/components/schemas/TreeHead"
                  }
                }
              },
              "Slip": {
                "type": "object",
                "required": [
                  "slip",
                  "batch",
                  "market",
                  "stall",
                  "product",
                  "quantity",
                  "amount",
                  "soldAt",
                  "payload"
                ],
                "properties": {
                  "slip": {
                    "type": "string"
                  },
                  "batch": {
                    "type": "string"
                  },
                  "market": {
                    "type": "string"
                  },
                  "stall": {
                    "type": "string"
                  },
                  "stallName": {
                    "type": "string"
                  },
                  "product": {
                    "type": "string"
                  },
                  "quantity": {
                    "type": "string"
                  },
                  "unitPrice": {
                    "type": "string"
                  },
                  "amount": {
                    "type": "string"
                  },
                  "soldAt": {
                    "type": "string"
                  },
                  "upstream": {
                    "type": "object"
                  },
                  "payload": {
                    "type": "string"
                  }
                }
              },
              "AuditRequest": {
                "type": "object",
                "properties": {
                  "plugins": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "party": {
                    "type": "string"
                  },
                  "since": {
                    "type": "integer"
                  },
                  "until": {
                    "type": "integer"
                  },
                  "failOn": {
                    "type": "string",
                    "enum": [
                      "info",
                      "warning",
                      "violation",
                      "critical"
                    ]
                  }
                }
              },
              "AuditJob": {
                "type": "object",
                "required": [
                  "id",
                  "state",
                  "subject",
                  "started"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "running",
                      "done",
                      "failed"
                    ]
                  },
                  "subject": {
                    "type": "string"
                  },
                  "started": {
                    "type": "string"
                  },
                  "finished": {
                    "type": "string"
                  },
                  "error": {
                    "type": "string"
                  },
                  "findings": {
                    "type": "integer"
                  },
                  "failed": {
                    "type": "boolean"
                  }
                }
              },
              "TreeHead": {
                "type": "object",
                "description": "A signed tree head: the log's size and RFC 9162 root at a time, signed by the hub's log key over \"foodtrace-tree-head/1\\n\" and the head without sig (JSON, keys sorted).",
                "required": [
                  "v",
                  "size",
                  "root",
                  "timestamp",
                  "key",
                  "sig"
                ],
                "properties": {
                  "v": {
                    "type": "integer",
                    "const": 1
                  },
                  "size": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "root": {
                    "type": "string",
                    "pattern": "^sha256:[0-9a-f]{64}$"
                  },
                  "timestamp": {
                    "type": "integer",
                    "description": "milliseconds since 1970"
                  },
                  "key": {
                    "type": "object",
                    "required": [
                      "id",
                      "alg",
                      "spki"
                    ],
                    "properties": {
                      "id": {
                        "type": "string"
                      },
                      "alg": {
                        "type": "string",
                        "enum": [
                          "ed25519",
                          "sm2-sm3"
                        ]
                      },
                      "spki": {
                        "type": "string"
                      }
                    }
                  },
                  "sig": {
                    "type": "string"
                  }
                }
              },
              "Cosignature": {
                "type": "object",
                "required": [
                  "v",
                  "key",
                  "timestamp",
                  "sig"
                ],
                "properties": {
                  "v": {
                    "type": "integer",
                    "const": 1
                  },
                  "key": {
                    "type": "object",
                    "required": [
                      "id",
                      "alg",
                      "spki"
                    ],
                    "properties": {
                      "id": {
                        "type": "string"
                      },
                      "alg": {
                        "type": "string",
                        "enum": [
                          "ed25519",
                          "sm2-sm3"
                        ]
                      },
                      "spki": {
                        "type": "string"
                      }
                    }
                  },
                  "timestamp": {
                    "type": "integer"
                  },
                  "sig": {
                    "type": "string"
                  }
                }
              },
              "CosignedHead": {
                "type": "object",
                "required": [
                  "head",
                  "cosignatures"
                ],
                "properties": {
                  "head": {
                    "$ref": "#/components/schemas/TreeHead"
                  },
                  "cosignatures": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Cosignature"
                    }
                  }
                }
              },
              "InclusionProof": {
                "type": "object",
                "required": [
                  "record",
                  "index",
                  "size",
                  "leafHash",
                  "path"
                ],
                "properties": {
                  "record": {
                    "type": "string",
                    "pattern": "^sha256:[0-9a-f]{64}$"
                  },
                  "index": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "size": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "leafHash": {
                    "type": "string",
                    "pattern": "^sha256:[0-9a-f]{64}$"
                  },
                  "path": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "pattern": "^sha256:[0-9a-f]{64}$"
                    }
                  },
                  "head": {
                    "$ref": "#/components/schemas/TreeHead"
                  },
                  "firstHead": {
                    "$ref": "#/components/schemas/TreeHead"
                  }
                }
              },
              "ConsistencyProof": {
                "type": "object",
                "required": [
                  "from",
                  "to",
                  "proof"
                ],
                "properties": {
                  "from": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "to": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "proof": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "pattern": "^sha256:[0-9a-f]{64}$"
                    }
                  }
                }
              }
            }
          }
        }
        """#
}
