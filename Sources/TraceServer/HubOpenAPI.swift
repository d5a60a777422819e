/// The hub's OpenAPI 3.1 document, served at `/openapi.json`: a copy of `schemas/hub-openapi.json` (a test keeps
/// the two the same).
enum HubOpenAPI {
    static let document = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "FoodTrace hub",
            "version": "1.0.0",
            "description": "The native API of a FoodTrace hub (foodtrace serve): push and read signed records, trace, slips, parties, recalls, drills and audit jobs, plus the GS1 EPCIS 2.0 REST binding's discovery, simple event query (/events, /events/{eventID}, /epcs/{epc}/events, /eventTypes/{eventType}/events: read:trace) and capture (/capture: no token, signed records only, rollback only); the binding's other resources answer 501 (tag not-served). Writes need no account (each record's signature is its credential); reads beyond /slips need a bearer token issued by a regulator (foodtrace token issue). Every error is a JSON body {\"error\":{status,code,message,requestId}}."
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
              "options": {
                "operationId": "epcisCaptureDiscovery",
                "summary": "EPCIS capture discovery: the capture error behaviour served (rollback) and the largest body",
                "responses": {
                  "204": {
                    "description": "Settings in headers",
                    "headers": {
                      "GS1-Capture-Error-Behaviour": {
                        "schema": {
                          "type": "string",
                          "enum": [
                            "rollback"
                          ]
                        }
                      },
                      "GS1-EPCIS-Capture-File-Size-Limit": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "GS1-EPCIS-Version": {
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
              },
              "post": {
                "operationId": "epcisCapture",
                "summary": "EPCIS capture: an EPCIS document (JSON-LD or XML) of signed FoodTrace records (foodtrace export epcis) appended all or nothing as a job, as foodtrace import epcis appends it. Needs no token, as a push needs none: each record's signature is its credential; an event without a signed record is refused (a hub holds no key to sign it). GS1-Capture-Error-Behaviour: rollback only (proceed and all answer 501)",
                "parameters": [
                  {
                    "name": "GS1-Capture-Error-Behaviour",
                    "in": "header",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "rollback",
                        "proceed",
                        "all"
                      ]
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object"
                      }
                    },
                    "application/ld+json": {
                      "schema": {
                        "type": "object"
                      }
                    },
                    "application/xml": {
                      "schema": {
                        "type": "string"
                      }
                    }
                  }
                },
                "responses": {
                  "202": {
                    "description": "The capture job started; Location is its address",
                    "headers": {
                      "Location": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "GS1-EPCIS-Version": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaptureJob"
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
                  "429": {
                    "$ref": "#/components/responses/Error"
                  },
                  "501": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              },
              "get": {
                "operationId": "epcisCaptureJobs",
                "summary": "The capture jobs the hub keeps (read:trace), oldest first",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/CaptureJob"
                          }
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
            "/events": {
              "get": {
                "operationId": "epcisEvents",
                "summary": "EPCIS simple event query (read:trace): the export's events filtered by the standard parameters served; any other standard parameter answers 501",
                "responses": {
                  "200": {
                    "description": "An EPCISQueryDocument (JSON-LD): the events of foodtrace export epcis (same content, same hash IDs) that match, in ingest order; Link: <…>; rel=\"next\" while more match",
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
                      },
                      "Link": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EPCISQueryDocument"
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
                  },
                  "501": {
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
                    "name": "eventType",
                    "in": "query",
                    "description": "event types, |-separated (ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent)",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "GE_eventTime",
                    "in": "query",
                    "description": "events at or after this RFC 3339 time (with an offset)",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "LT_eventTime",
                    "in": "query",
                    "description": "events before this RFC 3339 time (with an offset)",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "EQ_bizStep",
                    "in": "query",
                    "description": "business steps, |-separated: bare CBV words (shipping) or their URIs",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "MATCH_anyEPC",
                    "in": "query",
                    "description": "EPCs or EPC patterns (urn:epc:idpat:…), |-separated: epcList, childEPCs, parentID, inputEPCList or outputEPCList holds one",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "MATCH_epcClass",
                    "in": "query",
                    "description": "EPC classes or patterns, |-separated: quantityList or childQuantityList holds one",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "EQ_bizLocation",
                    "in": "query",
                    "description": "business locations (URIs), |-separated",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "EQ_eventID",
                    "in": "query",
                    "description": "event IDs (hash IDs), |-separated",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "perPage",
                    "in": "query",
                    "description": "events per page (default 30, at most 1000)",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000
                    }
                  },
                  {
                    "name": "nextPageToken",
                    "in": "query",
                    "description": "the token of the next page, from the Link header of the page before (bound to the query's filters)",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              },
              "post": {
                "operationId": null,
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS single-event capture: not served (501); use POST /capture with a FoodTrace export, or POST /records",
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
            },
            "/epcs/{epc}/events": {
              "get": {
                "operationId": "epcisEpcEvents",
                "summary": "EPCIS events of one EPC (read:trace), with the /events parameters",
                "responses": {
                  "200": {
                    "description": "An EPCISQueryDocument (JSON-LD): the events of foodtrace export epcis (same content, same hash IDs) that match, in ingest order; Link: <…>; rel=\"next\" while more match",
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
                      },
                      "Link": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EPCISQueryDocument"
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
                  },
                  "501": {
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
                    "name": "epc",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "eventType",
                    "in": "query",
                    "description": "event types, |-separated (ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent)",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "GE_eventTime",
                    "in": "query",
                    "description": "events at or after this RFC 3339 time (with an offset)",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "LT_eventTime",
                    "in": "query",
                    "description": "events before this RFC 3339 time (with an offset)",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "EQ_bizStep",
                    "in": "query",
                    "description": "business steps, |-separated: bare CBV words (shipping) or their URIs",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "MATCH_anyEPC",
                    "in": "query",
                    "description": "EPCs or EPC patterns (urn:epc:idpat:…), |-separated: epcList, childEPCs, parentID, inputEPCList or outputEPCList holds one",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "MATCH_epcClass",
                    "in": "query",
                    "description": "EPC classes or patterns, |-separated: quantityList or childQuantityList holds one",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "EQ_bizLocation",
                    "in": "query",
                    "description": "business locations (URIs), |-separated",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "EQ_eventID",
                    "in": "query",
                    "description": "event IDs (hash IDs), |-separated",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "perPage",
                    "in": "query",
                    "description": "events per page (default 30, at most 1000)",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000
                    }
                  },
                  {
                    "name": "nextPageToken",
                    "in": "query",
                    "description": "the token of the next page, from the Link header of the page before (bound to the query's filters)",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/eventTypes/{eventType}/events": {
              "get": {
                "operationId": "epcisEventTypeEvents",
                "summary": "EPCIS events of one type (read:trace), with the /events parameters; 404 for a name that is no event type",
                "responses": {
                  "200": {
                    "description": "An EPCISQueryDocument (JSON-LD): the events of foodtrace export epcis (same content, same hash IDs) that match, in ingest order; Link: <…>; rel=\"next\" while more match",
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
                      },
                      "Link": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EPCISQueryDocument"
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
                  },
                  "501": {
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
                    "name": "eventType",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "eventType",
                    "in": "query",
                    "description": "event types, |-separated (ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent)",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "GE_eventTime",
                    "in": "query",
                    "description": "events at or after this RFC 3339 time (with an offset)",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "LT_eventTime",
                    "in": "query",
                    "description": "events before this RFC 3339 time (with an offset)",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "EQ_bizStep",
                    "in": "query",
                    "description": "business steps, |-separated: bare CBV words (shipping) or their URIs",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "MATCH_anyEPC",
                    "in": "query",
                    "description": "EPCs or EPC patterns (urn:epc:idpat:…), |-separated: epcList, childEPCs, parentID, inputEPCList or outputEPCList holds one",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "MATCH_epcClass",
                    "in": "query",
                    "description": "EPC classes or patterns, |-separated: quantityList or childQuantityList holds one",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "EQ_bizLocation",
                    "in": "query",
                    "description": "business locations (URIs), |-separated",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "EQ_eventID",
                    "in": "query",
                    "description": "event IDs (hash IDs), |-separated",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "perPage",
                    "in": "query",
                    "description": "events per page (default 30, at most 1000)",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000
                    }
                  },
                  {
                    "name": "nextPageToken",
                    "in": "query",
                    "description": "the token of the next page, from the Link header of the page before (bound to the query's filters)",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/capture/{captureID}": {
              "get": {
                "operationId": "epcisCaptureJob",
                "summary": "A capture job: running, success, errors (RFC 7807 problems with the path of the event at fault); needs no token, like the capture",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CaptureJob"
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
                },
                "parameters": [
                  {
                    "name": "captureID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/events/{eventID}": {
              "get": {
                "operationId": "epcisEvent",
                "summary": "One EPCIS event by its event ID (read:trace): an EPCISQueryDocument holding it; 404 when no event of the store has it",
                "responses": {
                  "200": {
                    "description": "An EPCISQueryDocument (JSON-LD): the events of foodtrace export epcis (same content, same hash IDs) that match, in ingest order; Link: <…>; rel=\"next\" while more match",
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
                      },
                      "Link": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EPCISQueryDocument"
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
                    "name": "eventID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/eventTypes/{eventType}": {
              "get": {
                "operationId": "epcisNotServedEventTypesEventTypeGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS event type resource: not served (501); use GET /eventTypes/{eventType}/events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "eventType",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/epcs": {
              "get": {
                "operationId": "epcisNotServedEpcsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS EPC list: not served (501); use GET /events?MATCH_anyEPC=…",
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
            "/epcs/{epc}": {
              "get": {
                "operationId": "epcisNotServedEpcsEpcGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS EPC resource: not served (501); use GET /epcs/{epc}/events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "epc",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/queries": {
              "get": {
                "operationId": "epcisNotServedQueriesGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS named queries: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                }
              },
              "post": {
                "operationId": "epcisNotServedQueriesPost",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS named queries: not served (501); use GET /events",
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
            "/queries/{queryName}": {
              "get": {
                "operationId": "epcisNotServedQueriesQueryNameGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS named query: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "queryName",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/queries/{queryName}/events": {
              "get": {
                "operationId": "epcisNotServedQueriesQueryNameEventsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS named query's events: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "queryName",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/queries/{queryName}/subscriptions": {
              "get": {
                "operationId": "epcisNotServedQueriesQueryNameSubscriptionsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS query subscriptions: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "queryName",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/nextPageToken/{token}": {
              "get": {
                "operationId": "epcisNotServedNextPageTokenTokenGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS page token resource: not served (501); use GET /events?nextPageToken=…",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "token",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/bizSteps": {
              "get": {
                "operationId": "epcisNotServedBizStepsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS bizSteps list: not served (501); use GET /events",
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
            "/bizSteps/{value}": {
              "get": {
                "operationId": "epcisNotServedBizStepsValueGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS bizSteps resource: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "value",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/bizSteps/{value}/events": {
              "get": {
                "operationId": "epcisNotServedBizStepsValueEventsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS events by bizSteps: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "value",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/bizLocations": {
              "get": {
                "operationId": "epcisNotServedBizLocationsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS bizLocations list: not served (501); use GET /events",
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
            "/bizLocations/{value}": {
              "get": {
                "operationId": "epcisNotServedBizLocationsValueGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS bizLocations resource: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "value",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/bizLocations/{value}/events": {
              "get": {
                "operationId": "epcisNotServedBizLocationsValueEventsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS events by bizLocations: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "value",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/readPoints": {
              "get": {
                "operationId": "epcisNotServedReadPointsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS readPoints list: not served (501); use GET /events",
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
            "/readPoints/{value}": {
              "get": {
                "operationId": "epcisNotServedReadPointsValueGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS readPoints resource: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "value",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/readPoints/{value}/events": {
              "get": {
                "operationId": "epcisNotServedReadPointsValueEventsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS events by readPoints: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "value",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/dispositions": {
              "get": {
                "operationId": "epcisNotServedDispositionsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS dispositions list: not served (501); use GET /events",
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
            "/dispositions/{value}": {
              "get": {
                "operationId": "epcisNotServedDispositionsValueGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS dispositions resource: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "value",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/dispositions/{value}/events": {
              "get": {
                "operationId": "epcisNotServedDispositionsValueEventsGet",
                "tags": [
                  "not-served"
                ],
                "summary": "EPCIS events by dispositions: not served (501); use GET /events",
                "responses": {
                  "501": {
                    "$ref": "#/components/responses/Error"
                  },
                  "429": {
                    "$ref": "#/components/responses/Error"
                  }
                },
                "parameters": [
                  {
                    "name": "value",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
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
              },
              "EPCISQueryDocument": {
                "type": "object",
                "required": [
                  "@context",
                  "type",
                  "schemaVersion",
                  "creationDate",
                  "epcisBody"
                ],
                "properties": {
                  "@context": {
                    "type": "array"
                  },
                  "type": {
                    "const": "EPCISQueryDocument"
                  },
                  "schemaVersion": {
                    "type": "string"
                  },
                  "creationDate": {
                    "type": "string"
                  },
                  "epcisBody": {
                    "type": "object",
                    "required": [
                      "queryResults"
                    ],
                    "properties": {
                      "queryResults": {
                        "type": "object",
                        "required": [
                          "queryName",
                          "resultsBody"
                        ],
                        "properties": {
                          "queryName": {
                            "type": "string"
                          },
                          "resultsBody": {
                            "type": "object",
                            "required": [
                              "eventList"
                            ],
                            "properties": {
                              "eventList": {
                                "type": "array",
                                "items": {
                                  "type": "object",
                                  "required": [
                                    "type",
                                    "eventID",
                                    "eventTime"
                                  ]
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              "CaptureJob": {
                "type": "object",
                "required": [
                  "captureID",
                  "createdAt",
                  "running",
                  "success",
                  "captureErrorBehaviour",
                  "errors"
                ],
                "properties": {
                  "captureID": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "finishedAt": {
                    "type": "string"
                  },
                  "running": {
                    "type": "boolean"
                  },
                  "success": {
                    "type": "boolean"
                  },
                  "captureErrorBehaviour": {
                    "type": "string",
                    "enum": [
                      "rollback"
                    ]
                  },
                  "errors": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "type",
                        "title",
                        "status",
                        "detail"
                      ],
                      "properties": {
                        "type": {
                          "type": "string"
                        },
                        "title": {
                          "type": "string"
                        },
                        "status": {
                          "type": "integer"
                        },
                        "detail": {
                          "type": "string"
                        },
                        "instance": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "recordsStored": {
                    "type": "integer"
                  },
                  "recordsAlreadyPresent": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        }
        """#
}
